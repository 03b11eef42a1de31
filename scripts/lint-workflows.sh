#!/usr/bin/env bash
# actionlint over the repository's workflows and the example workflows of docs/workflows/. The
# examples call `your-org/kafka-schema-scout@v1`; they are linted as `uses: ./` next to a copy of
# this action.yml, so every input they pass is checked against the action's real inputs.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
version="${ACTIONLINT_VERSION:-v1.7.12}"
bin="$root/.cache/bin"
actionlint="$(command -v actionlint || true)"
if [[ -z "$actionlint" ]]; then
  actionlint="$bin/actionlint"
  if [[ ! -x "$actionlint" ]]; then
    if ! command -v go >/dev/null && [[ -x /usr/local/go/bin/go ]]; then PATH="/usr/local/go/bin:$PATH"; fi
    if ! command -v go >/dev/null; then
      if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq golang-go >/dev/null
      else
        echo "lint-workflows: actionlint needs Go to build: sudo apt-get install -y golang-go" >&2; exit 1
      fi
    fi
    echo "lint-workflows: building actionlint $version (once, into .cache/bin)" >&2
    GOBIN="$bin" GOFLAGS=-mod=mod go install "github.com/rhysd/actionlint/cmd/actionlint@$version" >&2
  fi
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/.github/workflows"
cp "$root/action.yml" "$work/action.yml"
mkdir -p "$work/dist" && touch "$work/dist/index.js" # actionlint checks that the entry exists
for file in "$root"/docs/workflows/*.yml; do
  sed 's#uses: your-org/kafka-schema-scout@v1#uses: ./#' "$file" >"$work/.github/workflows/example-$(basename "$file")"
done
if compgen -G "$root/.github/workflows/*.yml" >/dev/null; then cp "$root"/.github/workflows/*.yml "$work/.github/workflows/"; fi
(cd "$work" && git init -q . && "$actionlint" -no-color)
echo "workflows: actionlint finds nothing in $(ls "$work/.github/workflows" | wc -l) file(s)"
