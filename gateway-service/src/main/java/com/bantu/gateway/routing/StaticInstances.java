package com.bantu.gateway.routing;

import com.bantu.gateway.config.ServicesProperties;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.cloud.client.DefaultServiceInstance;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.client.discovery.ReactiveDiscoveryClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/**
 * The instances of every service configured with several URLs ({@code bantu.services.<name>.urls}), for Spring Cloud
 * LoadBalancer behind the {@code lb://<name>} routes: a fixed list, no registry. Each service's list is read once at
 * start; changing it means restarting the gateway. A stopped instance stays in the list: a request sent to it is
 * refused at connect and tried again on the next instance ({@link RouteConfig}).
 */
@Component
class StaticInstances implements ReactiveDiscoveryClient {

    private final Map<String, List<ServiceInstance>> instances = new LinkedHashMap<>();

    StaticInstances(ServicesProperties services) {
        services.services().forEach((name, target) -> {
            if (target.balanced()) {
                List<ServiceInstance> list = new ArrayList<>();
                int i = 0;
                for (URI url : target.instances()) {
                    list.add(new DefaultServiceInstance(name + "-" + i++, name, url.getHost(), port(url),
                            "https".equalsIgnoreCase(url.getScheme())));
                }
                instances.put(name, List.copyOf(list));
            }
        });
    }

    private static int port(URI url) {
        if (url.getPort() > 0) {
            return url.getPort();
        }
        return "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
    }

    @Override
    public String description() {
        return "bantu.services.<name>.urls";
    }

    @Override
    public Flux<ServiceInstance> getInstances(String serviceId) {
        return Flux.fromIterable(instances.getOrDefault(serviceId, List.of()));
    }

    @Override
    public Flux<String> getServices() {
        return Flux.fromIterable(instances.keySet());
    }
}
