#!/usr/bin/env bash
# The PDF tools the coaching-report PDF tests check their output with: qpdf (`qpdf --check`) and poppler-utils
# (`pdftotext`, `pdftoppm`). Installs the Debian packages only when a tool is missing; idempotent, needs no standard
# input, prints nothing on success. The tests fail (they do not skip) when a tool is missing.
#
#   Scripts/pdf-tools.sh
set -euo pipefail

log() { echo "pdf-tools: $*" >&2; }
die() { log "$*"; exit 1; }

missing=()
command -v qpdf >/dev/null 2>&1 || missing+=(qpdf)
{ command -v pdftotext >/dev/null 2>&1 && command -v pdftoppm >/dev/null 2>&1; } || missing+=(poppler-utils)
[ ${#missing[@]} -eq 0 ] && exit 0

[ "$(id -u)" -eq 0 ] || die "${missing[*]} not installed and installing needs root (apt-get install -y ${missing[*]})"
command -v apt-get >/dev/null || die "${missing[*]} not installed and apt-get is not available"
log "installing ${missing[*]} from Debian packages…"
apt_log=$(mktemp)
trap 'rm -f "$apt_log"' EXIT
export DEBIAN_FRONTEND=noninteractive
if ! apt-get install -y -qq --no-install-recommends "${missing[@]}" </dev/null >"$apt_log" 2>&1; then
    # A fresh machine has no package lists yet.
    apt-get update -qq </dev/null >>"$apt_log" 2>&1 || { cat "$apt_log" >&2; die "apt-get update failed"; }
    apt-get install -y -qq --no-install-recommends "${missing[@]}" </dev/null >>"$apt_log" 2>&1 \
        || { tail -n 30 "$apt_log" >&2; die "apt-get install ${missing[*]} failed"; }
fi
command -v qpdf >/dev/null && command -v pdftotext >/dev/null && command -v pdftoppm >/dev/null \
    || die "the tools are still missing after installing ${missing[*]}"
