-- wrk script: POST of the JSON body in $WRK_BODY, every "%N" in it replaced by a number unique per request
-- (thread number - counter), e.g. for a unique customer name. Used by bench/orders.sh's warm-up.
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end
function init(args)
  counter = 0
  wrk.method = "POST"
  wrk.body = os.getenv("WRK_BODY")
  wrk.headers["Content-Type"] = "application/json"
end
function request()
  counter = counter + 1
  local body = string.gsub(wrk.body, "%%N", tid .. "-" .. counter)
  return wrk.format(nil, nil, nil, body)
end
