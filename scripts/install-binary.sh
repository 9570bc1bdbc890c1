#!/usr/bin/env bash
# Installs the nas-lint release binary that fits this machine, from the
# GitHub release of the action's own tag, after checking its SHA-256.
# The GitHub Action (action.yml) calls it before falling back to a build.
#
#   scripts/install-binary.sh DEST      # installs DEST/bin/nas-lint
#
# Environment:
#   NAS_VERSION     the version of the source beside this script (Cargo.toml's); required
#   NAS_REF         the ref the action was used at (github.action_ref): the
#                   release tag v$NAS_VERSION, or the full hash of the commit
#                   that release was built from (checked on the binary's
#                   --version); a branch or any other commit builds
#   NAS_REPOSITORY  owner/name of the action's repository (github.action_repository)
#   NAS_SERVER_URL  GitHub's address (GITHUB_SERVER_URL; GitHub Enterprise), default https://github.com
#   NAS_TARGET      the target triple to fetch; default from RUNNER_OS/RUNNER_ARCH or uname
#
# Exit codes: 0 installed; 3 no release binary for this ref or machine, or the
# download failed (the caller builds from source); 4 the checksum did not
# match or the archive is not what it claims: refused, nothing installed.
set -euo pipefail

DEST=${1:?usage: install-binary.sh DEST}
VERSION=${NAS_VERSION:?NAS_VERSION is not set}
REF=${NAS_REF:-}
REPOSITORY=${NAS_REPOSITORY:-}
SERVER=${NAS_SERVER_URL:-${GITHUB_SERVER_URL:-https://github.com}}
SERVER=${SERVER%/}

say() { printf 'install-binary: %s\n' "$*" >&2; }
skip() { say "$*; building from source instead"; exit 3; }
refuse() { say "error: $*"; exit 4; }

pinned=tag
if [[ "$REF" =~ ^[0-9a-f]{40}$ ]]; then
  pinned=commit
elif [ "$REF" != "v$VERSION" ]; then
  skip "the action is used at '${REF:-a local path}', not the release tag v$VERSION"
fi
[[ "$REPOSITORY" =~ ^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$ ]] || skip "no repository to download from ('$REPOSITORY')"

target=${NAS_TARGET:-}
if [ -z "$target" ]; then
  os=${RUNNER_OS:-$(uname -s)}
  arch=${RUNNER_ARCH:-$(uname -m)}
  case "$os/$arch" in
    Linux/X64 | Linux/x86_64) target=x86_64-unknown-linux-musl ;;
    Linux/ARM64 | Linux/aarch64 | Linux/arm64) target=aarch64-unknown-linux-musl ;;
    macOS/X64 | Darwin/x86_64) target=x86_64-apple-darwin ;;
    macOS/ARM64 | Darwin/arm64 | Darwin/aarch64) target=aarch64-apple-darwin ;;
    Windows/X64 | MINGW*/x86_64 | MSYS*/x86_64 | CYGWIN*/x86_64) target=x86_64-pc-windows-msvc ;;
    *) skip "no release binary for $os/$arch" ;;
  esac
fi
case "$target" in
  *-windows-*) ext=zip exe=nas-lint.exe ;;
  *) ext=tar.gz exe=nas-lint ;;
esac
asset="nas-lint-$VERSION-$target.$ext"
url="$SERVER/$REPOSITORY/releases/download/v$VERSION/$asset"

command -v curl >/dev/null || skip "curl is not installed"
sha256() {
  if command -v sha256sum >/dev/null; then sha256sum "$1"; else shasum -a 256 "$1"; fi | cut -d' ' -f1
}

work=$(mktemp -d "${RUNNER_TEMP:-${TMPDIR:-/tmp}}/nas-lint-download.XXXXXX")
trap 'rm -rf "$work"' EXIT
fetch() { curl --fail --silent --show-error --location --retry 3 --connect-timeout 20 --max-time 300 -o "$2" "$1"; }

say "downloading $url"
fetch "$url" "$work/$asset" || skip "cannot download $asset"
fetch "$url.sha256" "$work/$asset.sha256" || skip "cannot download $asset.sha256"

# The checksum file: "<64 hex digits>  <file name>", as sha256sum writes it.
want=$(head -n1 "$work/$asset.sha256" | cut -d' ' -f1 | tr 'A-F' 'a-f')
[[ "$want" =~ ^[0-9a-f]{64}$ ]] || refuse "$asset.sha256 holds no SHA-256: refusing the download"
got=$(sha256 "$work/$asset")
[ "$got" = "$want" ] || refuse "SHA-256 mismatch for $asset: the release says $want, the download is $got; refusing it"
say "SHA-256 verified: $got"

mkdir -p "$work/unpacked"
if [ "$ext" = zip ]; then
  command -v unzip >/dev/null || skip "unzip is not installed"
  unzip -q "$work/$asset" -d "$work/unpacked" || refuse "$asset is not a valid zip archive"
else
  tar -xzf "$work/$asset" -C "$work/unpacked" || refuse "$asset is not a valid archive"
fi
binary=$(find "$work/unpacked" -type f -name "$exe" | head -n1)
[ -n "$binary" ] || refuse "$asset holds no $exe"
chmod +x "$binary"
# It must run here and be the version it claims.
said=$("$binary" --version 2>/dev/null) || skip "the release binary does not run on this machine"
case "$said" in
  "nas-lint $VERSION "* | "nas-lint $VERSION") ;;
  *) refuse "$asset says '$said', not nas-lint $VERSION" ;;
esac
# Pinned by commit: the release binary only if it was built from that commit.
if [ "$pinned" = commit ] && [[ "$said" != *"(${REF:0:12}"* ]]; then
  skip "the release v$VERSION ('$said') was not built from commit $REF"
fi
mkdir -p "$DEST/bin"
mv -f "$binary" "$DEST/bin/$exe"
say "installed $said to $DEST/bin/$exe"
