#!/usr/bin/env bash
# Prints the CHANGELOG.md section of version X.Y.Z (its release notes).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
version="${1:?usage: scripts/release-notes.sh X.Y.Z}"
notes="$(awk -v v="$version" '
  $0 ~ "^## \\[" v "\\]" { found = 1; next }
  found && /^## \[/ { exit }
  found { print }
' CHANGELOG.md)"
[[ -n "${notes//[[:space:]]/}" ]] || { echo "release-notes: CHANGELOG.md has no section for $version" >&2; exit 1; }
printf '%s\n' "$notes"
