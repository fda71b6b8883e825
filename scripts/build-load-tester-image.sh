#!/usr/bin/env bash
# Builds the load-tester image (functions/load-tester/Dockerfile) for linux/arm64 and linux/amd64 with buildx.
#
#   scripts/build-load-tester-image.sh --tag REPO:TAG [--push | --load] [--platform LIST]
#                                      [--k6-sha256-amd64 SUM] [--k6-sha256-arm64 SUM]
#   scripts/build-load-tester-image.sh --lock     # regenerate docker/requirements.lock (needs Docker too)
#
# --push sends the multi-platform image to the registry in --tag; --load puts a single-platform image in the
# local Docker store (buildx cannot load a multi-platform image there). Without either, the build only checks
# that the image builds.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DOCKERFILE="$ROOT/functions/load-tester/Dockerfile"
DOCKER_DIR="$ROOT/functions/load-tester/docker"
PLATFORMS="linux/arm64,linux/amd64"
TAG=""
OUTPUT=""
LOCK=0
K6_AMD64="${K6_SHA256_AMD64:-}"
K6_ARM64="${K6_SHA256_ARM64:-}"
# pip-tools for --lock, pinned; the Python matches the runtime image's (Debian bookworm: 3.11).
PIP_TOOLS_VERSION="7.4.1"
LOCK_IMAGE="python:3.11-slim-bookworm"

die() {
  echo "build-load-tester-image: $*" >&2
  exit 1
}

usage() {
  sed -n '2,12p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
}

while [ $# -gt 0 ]; do
  case "$1" in
    --tag) TAG="${2:-}"; shift 2 ;;
    --push) OUTPUT="--push"; shift ;;
    --load) OUTPUT="--load"; shift ;;
    --platform) PLATFORMS="${2:-}"; shift 2 ;;
    --k6-sha256-amd64) K6_AMD64="${2:-}"; shift 2 ;;
    --k6-sha256-arm64) K6_ARM64="${2:-}"; shift 2 ;;
    --lock) LOCK=1; shift ;;
    -h | --help) usage; exit 0 ;;
    *) usage >&2; die "unknown argument: $1" ;;
  esac
done

command -v docker > /dev/null 2>&1 \
  || die "docker is not installed (or not on PATH); install Docker with the buildx plugin to build the image"
docker info > /dev/null 2>&1 || die "the Docker engine is not reachable (is the daemon running, may this user use it?)"

if [ "$LOCK" -eq 1 ]; then
  echo "Regenerating $DOCKER_DIR/requirements.lock with pip-compile $PIP_TOOLS_VERSION in $LOCK_IMAGE"
  docker run --rm -v "$DOCKER_DIR:/work" -w /work "$LOCK_IMAGE" sh -c \
    "pip install --quiet pip-tools==$PIP_TOOLS_VERSION && pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras --output-file requirements.lock requirements.in"
  exit 0
fi

docker buildx version > /dev/null 2>&1 || die "docker buildx is missing; install the buildx plugin"
[ -n "$TAG" ] || die "--tag REPO:TAG is required"
if [ "$OUTPUT" = "--load" ] && [[ "$PLATFORMS" == *,* ]]; then
  die "--load takes one platform (e.g. --platform linux/amd64); use --push for a multi-platform image"
fi
if grep -q REPLACE_WITH_SHA256 "$DOCKER_DIR/requirements.lock"; then
  die "functions/load-tester/docker/requirements.lock still holds placeholders: run $0 --lock first"
fi
build_args=()
[[ "$PLATFORMS" != *amd64* ]] || [ -n "$K6_AMD64" ] \
  || die "give the SHA-256 of k6's linux-amd64 tarball (--k6-sha256-amd64, from the release's checksums.txt)"
[[ "$PLATFORMS" != *arm64* ]] || [ -n "$K6_ARM64" ] \
  || die "give the SHA-256 of k6's linux-arm64 tarball (--k6-sha256-arm64, from the release's checksums.txt)"
[ -z "$K6_AMD64" ] || build_args+=(--build-arg "K6_SHA256_AMD64=$K6_AMD64")
[ -z "$K6_ARM64" ] || build_args+=(--build-arg "K6_SHA256_ARM64=$K6_ARM64")

set -x
docker buildx build \
  --platform "$PLATFORMS" \
  --file "$DOCKERFILE" \
  --tag "$TAG" \
  ${build_args[@]+"${build_args[@]}"} \
  ${OUTPUT:+"$OUTPUT"} \
  "$ROOT"
