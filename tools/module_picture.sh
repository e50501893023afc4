#!/usr/bin/env bash
# Redraws the README's module picture from the code: ModularityTests writes Spring Modulith's
# plain UML overview, which is kept as docs/modules.puml (ModularityTests fails when it no longer
# matches the code) and drawn as docs/modules.svg. Needs Debian's plantuml and graphviz.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q test -Dtest=ModularityTests -Dsurefire.failIfNoSpecifiedTests=false -Dmodules.picture=write
plantuml -tsvg docs/modules.puml
echo "wrote docs/modules.puml and docs/modules.svg"
