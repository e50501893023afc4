# Build with the Maven wrapper, split the jar into layers, run it on a JRE as a non-root user.
#   docker build -t knee-triage .
#   docker run -p 8080:8080 -v knee-triage-data:/app/data knee-triage
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src/ src/
RUN ./mvnw -B -q package -DskipTests && cp target/knee-triage-*.jar /knee-triage.jar
# Layers, least changed first, so that a code change rebuilds only the last one.
RUN java -Djarmode=tools -jar /knee-triage.jar extract --layers --destination /layers

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin kneetriage \
    && mkdir -p /app/data && chown -R kneetriage /app
WORKDIR /app
COPY --from=build /layers/dependencies/ ./
COPY --from=build /layers/spring-boot-loader/ ./
COPY --from=build /layers/snapshot-dependencies/ ./
COPY --from=build /layers/application/ ./
USER kneetriage
# The embedded H2 database and its encryption secret live in /app/data; in production point
# SPRING_DATASOURCE_URL at PostgreSQL and set KNEE_TRIAGE_ENCRYPTION_SECRET and KNEE_TRIAGE_PUBLIC_URL.
VOLUME /app/data
EXPOSE 8080
# A container serves runners: the public address and the encryption secret must be given
# (KNEE_TRIAGE_PUBLIC_URL, KNEE_TRIAGE_ENCRYPTION_SECRET), or it stops at once saying which.
# Several containers on one PostgreSQL: KNEE_TRIAGE_DEPLOYMENT=shared.
ENV KNEE_TRIAGE_DEPLOYMENT=single
# The JVM flags measured in bench/ (heap, GC, thread stacks, Tomcat threads; out of memory ends
# the process so it is restarted), the same line bench/run.sh uses.
COPY bench/jvm-flags /app/jvm-flags
# Class Data Sharing (README, "Running it lean and fast"): a training run starts the app on a
# throwaway in-memory database and secret, stops once its context is ready and writes the
# classes it loaded to an archive that every start maps. Nothing else of the run is kept.
RUN mkdir /tmp/cds-training && cd /tmp/cds-training \
    && java $(cat /app/jvm-flags) -XX:ArchiveClassesAtExit=/app/knee-triage.jsa -Dspring.context.exit=onRefresh \
        -jar /app/knee-triage.jar --spring.datasource.url=jdbc:h2:mem:cds-training \
        --knee-triage.encryption.secret=cds-training-only-never-a-real-secret --knee-triage.deployment=local \
    && cd / && rm -rf /tmp/cds-training
# Healthy once /actuator/health says UP (bash's /dev/tcp: the JRE image needs no curl).
HEALTHCHECK --interval=30s --timeout=5s --start-period=90s --retries=3 \
    CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /actuator/health HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && grep -q '\"status\":\"UP\"' <&3"]
ENTRYPOINT ["sh", "-c", "exec java $(cat /app/jvm-flags) -XX:SharedArchiveFile=/app/knee-triage.jsa -jar /app/knee-triage.jar \"$@\"", "knee-triage"]
