-- Users of the web application and the API, with their role and secrecy clearance.

create table app_user (
    username      varchar(60)  primary key,
    password_hash varchar(200) not null,
    role          varchar(20)  not null,
    clearance     varchar(20)  not null,
    enabled       boolean      not null,
    created_at    timestamp    not null
);

-- Bearer tokens for the API, stored as SHA-256 digests: a stolen database reveals no token.
create table api_token (
    token_sha256 char(64)    primary key,
    username     varchar(60) not null references app_user (username),
    created_at   timestamp   not null
);
