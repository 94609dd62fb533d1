# syntax=docker/dockerfile:1
# Build stage: the Maven wrapper builds the jar, content included.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp -q dependency:go-offline
COPY src/ src/
COPY content/ content/
RUN ./mvnw -B -ntp -q package -DskipTests

# Runtime stage: a JRE, a non-root user, and a health check on the actuator.
FROM eclipse-temurin:17-jre
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system sigref && useradd --system --gid sigref --uid 10001 --home /app sigref
WORKDIR /app
COPY --from=build /src/target/sigref-*.jar /app/sigref.jar
USER sigref
EXPOSE 8080
# The embedded H2 is the default; set SPRING_PROFILES_ACTIVE=postgres and SIGREF_DB_URL,
# SIGREF_DB_USER, SIGREF_DB_PASSWORD for PostgreSQL.
HEALTHCHECK --interval=30s --timeout=5s --start-period=90s --retries=3 \
  CMD curl -fsS http://localhost:8080/actuator/health/readiness || exit 1
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/sigref.jar"]
