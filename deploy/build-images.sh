#!/usr/bin/env bash
# Builds the five container images (needs a Docker engine): packages the services, then one docker build each.
# Usage: deploy/build-images.sh [tag]   (default tag 0.1.0; images are lead2cash/<service>:<tag>)
set -euo pipefail
cd "$(dirname "$0")/.."
tag="${1:-0.1.0}"
./mvnw -B -ntp package -DskipTests
for service in leads-service catalog-service opportunity-service billing-service gateway; do
  echo "Building lead2cash/${service}:${tag}"
  docker build -f "${service}/src/main/docker/Dockerfile.jvm" -t "lead2cash/${service}:${tag}" "${service}"
done
