#!/usr/bin/env bash
# Downloads the real-page corpus listed in manifest.tsv into pages/ (git-ignored).
#
# Every page is a file in a public GitHub repository, pinned to a commit, fetched from
#   https://raw.githubusercontent.com/REPO/COMMIT/PATH
# and saved as pages/ID.html, byte for byte (no re-encoding: GBK pages stay GBK).
#
# Usage: corpus-real/fetch.sh [--force] [--mirrors DIR]
#   --force         downloads pages that are already present
#   --mirrors DIR   reads each page from a local bare copy of its repository instead of the network,
#                   DIR/OWNER+NAME/repo (or .../repo/.git), with git show COMMIT:PATH (same bytes)
#
# Offline-tolerant: a page that cannot be downloaded is reported and skipped; the script still
# exits 0 so that the scoring command runs on the pages that are present (CorpusAccuracyTest
# reports the missing ones and scores the rest).
set -u
cd "$(dirname "$0")" || exit 1
force=0
mirrors=""
while [ $# -gt 0 ]; do
  case "$1" in
    --force) force=1 ;;
    --mirrors) mirrors="${2:?--mirrors needs a folder}"; shift ;;
    *) echo "fetch.sh: unknown option $1 (use --force, --mirrors DIR)" >&2; exit 2 ;;
  esac
  shift
done
manifest=manifest.tsv
[ -f "$manifest" ] || { echo "fetch.sh: no $manifest next to this script" >&2; exit 1; }
[ -n "$mirrors" ] || command -v curl >/dev/null 2>&1 || { echo "fetch.sh: curl is needed" >&2; exit 1; }
mkdir -p pages

# percent-encode a repository path byte by byte (paths hold spaces and Chinese characters)
urlencode() {
  local LC_ALL=C s="$1" out="" c i
  for ((i = 0; i < ${#s}; i++)); do
    c="${s:i:1}"
    case "$c" in
      [a-zA-Z0-9/._~-]) out+="$c" ;;
      *) out+=$(printf '%%%02X' "'$c") ;;
    esac
  done
  printf '%s' "$out"
}

ok=0; present=0; failed=0; failed_ids=()
while IFS=$'\t' read -r id repo commit path url charset; do
  [ "$id" = "id" ] && continue
  [ -z "$id" ] && continue
  out="pages/$id.html"
  if [ "$force" = 0 ] && [ -s "$out" ]; then present=$((present + 1)); continue; fi
  if [ -n "$mirrors" ]; then
    git_dir="$mirrors/${repo/\//+}/repo"
    [ -d "$git_dir/.git" ] && git_dir="$git_dir/.git"
    if git --git-dir="$git_dir" show "$commit:$path" > "$out.part" 2>/dev/null; then
      mv "$out.part" "$out"; ok=$((ok + 1))
    else
      rm -f "$out.part"; failed=$((failed + 1)); failed_ids+=("$id")
      echo "fetch.sh: $id is not in $git_dir at $commit" >&2
    fi
    continue
  fi
  src="https://raw.githubusercontent.com/$repo/$commit/$(urlencode "$path")"
  if curl -fsSL --retry 2 --connect-timeout 15 --max-time 120 -o "$out.part" "$src"; then
    mv "$out.part" "$out"; ok=$((ok + 1))
  else
    rm -f "$out.part"; failed=$((failed + 1)); failed_ids+=("$id")
    echo "fetch.sh: could not download $id from $src (offline or moved?)" >&2
  fi
done < "$manifest"

total=$((ok + present + failed))
echo "fetch.sh: $total pages in the manifest: $ok downloaded, $present already present, $failed failed"
if [ "$failed" -gt 0 ]; then
  echo "fetch.sh: missing pages are skipped by the scoring run: ${failed_ids[*]}" >&2
fi
exit 0
