# Build with the Maven wrapper, run the jar on a JRE as a non-root user.
#   docker build -t knee-triage .
#   docker run -p 8080:8080 -v knee-triage-data:/app/data knee-triage
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src/ src/
RUN ./mvnw -B -q package -DskipTests && cp target/knee-triage-*.jar /knee-triage.jar

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin kneetriage \
    && mkdir -p /app/data && chown -R kneetriage /app
WORKDIR /app
COPY --from=build /knee-triage.jar /app/knee-triage.jar
USER kneetriage
# The embedded H2 database lives in /app/data; point SPRING_DATASOURCE_URL at PostgreSQL instead in production.
VOLUME /app/data
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/knee-triage.jar"]
