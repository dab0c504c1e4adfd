-- The audit filter test application's own table (the event tables come from db/events-it).
CREATE TABLE it_things (
    id   VARCHAR(36)  NOT NULL,
    name VARCHAR(200) NOT NULL,
    CONSTRAINT pk_it_things PRIMARY KEY (id)
);
