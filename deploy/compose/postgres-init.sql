-- One database per service: none reads another's tables.
CREATE DATABASE leads;
CREATE DATABASE catalog;
CREATE DATABASE opportunity;
CREATE DATABASE billing;
