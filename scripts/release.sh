#!/usr/bin/env bash
# Releases version X.Y.Z: the CHANGELOG's [Unreleased] section becomes [X.Y.Z] (dated), package.json
# takes the version, dist/ must be a fresh build, then one commit, the tag vX.Y.Z and the major tag
# vX moved to it (what `uses: your-org/kafka-schema-scout@vX` resolves to). The release notes are
# that CHANGELOG section, written to .cache/release-notes-vX.Y.Z.md (the release workflow uses the
# same extraction). Nothing is pushed unless --push is given.
#   bash scripts/release.sh 1.2.0 [--push]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
version="${1:-}"
[[ "$version" =~ ^([0-9]+)\.[0-9]+\.[0-9]+$ ]] || { echo "usage: scripts/release.sh X.Y.Z [--push]" >&2; exit 2; }
major="v${BASH_REMATCH[1]}"
tag="v$version"
[[ -z "$(git status --porcelain)" ]] || { echo "release: the work tree is not clean" >&2; exit 1; }
[[ "$(git rev-parse --abbrev-ref HEAD)" == main ]] || { echo "release: release from main" >&2; exit 1; }
git rev-parse -q --verify "refs/tags/$tag" >/dev/null && { echo "release: $tag exists" >&2; exit 1; }
grep -q '^## \[Unreleased\]' CHANGELOG.md || { echo "release: CHANGELOG.md has no [Unreleased] section" >&2; exit 1; }

npm run -s build >/dev/null
[[ -z "$(git status --porcelain -- dist)" ]] || { echo "release: dist/ differs from a fresh build: commit it first" >&2; exit 1; }

sed -i "s/^## \[Unreleased\]$/## [Unreleased]\n\n## [$version] - $(date -u +%F)/" CHANGELOG.md
npm version --no-git-tag-version "$version" >/dev/null
bash scripts/release-notes.sh "$version" >".cache/release-notes-$tag.md"
git add CHANGELOG.md package.json package-lock.json
git commit -q -m "Release $tag"
git tag -a "$tag" -F ".cache/release-notes-$tag.md"
git tag -f -a "$major" -m "$major → $tag"
echo "release: tagged $tag and moved $major; notes in .cache/release-notes-$tag.md"
if [[ "${2:-}" == --push ]]; then
  git push origin main "$tag"
  git push -f origin "$major"
else
  echo "release: to publish: git push origin main $tag && git push -f origin $major"
fi
