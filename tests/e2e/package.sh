#!/usr/bin/env bash
# The .deb (scripts/package, packaging/CMakeLists.txt), made by CPack from this build: lintian
# finds no error; its dependencies are met on this Debian; installed with dpkg into a
# throwaway root (--root: the package has no maintainer scripts that would need a chroot),
# its lac runs, its man pages read, and its completion scripts are what `lac completion`
# prints.
. "$(dirname "$0")/lib.sh"
build=$(dirname "$LAC")

step="CPack makes the .deb, and lintian finds no error"
(cd "$build" && cpack -G DEB -B "$work/dist" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log" >&2; fail "cpack failed"; }
deb=$(ls "$work"/dist/lac_*_*.deb)
lintian --fail-on error "$deb" >"$work/lintian.log" 2>&1 || { cat "$work/lintian.log" >&2; fail "lintian found errors"; }

step="its fields: for Debian 12, with what the binary links"
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" == lac ] || fail "Package: $(field Package)"
[[ "$(field Depends)" == "libc6 (>= "* ]] || fail "Depends: $(field Depends)"
[ "$(field Section)" == utils ] || fail "Section: $(field Section)"
[[ "$(field Maintainer)" == *"<"*@*">" ]] || fail "Maintainer: $(field Maintainer)"
[ "$(field Version)" == "$("$LAC" --version | cut -d' ' -f2)-1" ] || fail "Version $(field Version) is not lac's"
apt-get install -s "$deb" >"$work/apt.log" 2>&1 || { cat "$work/apt.log" >&2; fail "apt-get cannot install it here"; }

step="dpkg installs it into a throwaway root"
root="$work/root"
mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates"
touch "$root/var/lib/dpkg/status"
# The throwaway root holds no libc6 package: the host's libc runs what it installs.
dpkg --root="$root" --force-depends --log=/dev/null -i "$deb" >"$work/dpkg.log" 2>&1 ||
  { cat "$work/dpkg.log" >&2; fail "dpkg -i failed"; }
dpkg --root="$root" -s lac | grep -q '^Status: install ok installed' || fail "dpkg does not hold lac as installed"
for f in usr/bin/lac usr/share/man/man1/lac.1.gz usr/share/man/man1/lac-completion.1.gz usr/share/man/man7/lac-server.7.gz \
  usr/share/doc/lac/copyright usr/share/doc/lac/changelog.Debian.gz \
  usr/share/bash-completion/completions/lac usr/share/zsh/vendor-completions/_lac \
  usr/share/fish/vendor_completions.d/lac.fish; do
  [ -f "$root/$f" ] || fail "the package did not install /$f"
done

step="the installed lac runs, and its pages read"
installed="$root/usr/bin/lac"
[ "$("$installed" --version)" == "$("$LAC" --version)" ] || fail "the installed lac says $("$installed" --version)"
man -l "$root/usr/share/man/man1/lac-completion.1.gz" 2>"$work/man.err" | grep -q 'lac completion' ||
  fail "man -l cannot read lac-completion(1): $(cat "$work/man.err")"
MANWIDTH=80 man -l "$root/usr/share/man/man1/lac.1.gz" 2>/dev/null | grep -q 'lac-completion' ||
  fail "lac(1) does not name lac-completion(1)"
[ "$(gzip -lv "$root/usr/share/man/man1/lac.1.gz" | awk 'NR == 2 {print $1}')" == defla ] || fail "lac.1 is not gzipped"

step="its completion scripts are the installed lac's own"
cmp -s "$root/usr/share/bash-completion/completions/lac" <("$installed" completion bash) || fail "bash script differs"
cmp -s "$root/usr/share/zsh/vendor-completions/_lac" <("$installed" completion zsh) || fail "zsh script differs"
cmp -s "$root/usr/share/fish/vendor_completions.d/lac.fish" <("$installed" completion fish) || fail "fish script differs"
pass
