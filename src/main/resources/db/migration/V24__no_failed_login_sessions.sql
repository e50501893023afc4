-- Earlier versions kept a session for every failed login, holding the authentication exception and
-- with it the typed user name and password. Logins no longer do; remove what is left. On PostgreSQL
-- the rows are gone at once; on H2 the file keeps their bytes until it is compacted.
DELETE FROM SPRING_SESSION WHERE PRIMARY_ID IN
    (SELECT SESSION_PRIMARY_ID FROM SPRING_SESSION_ATTRIBUTES WHERE ATTRIBUTE_NAME = 'SPRING_SECURITY_LAST_EXCEPTION');
