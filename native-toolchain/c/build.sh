#!/usr/bin/env bash
# Builds our clean-room svm C support libraries and installs them into a GraalVM-layout toolchain dir: build.sh G | build.sh test G
# (G is what bin/native-toolchain prints).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

mode=install
if [[ "${1:-}" == test ]]; then mode=test; shift; fi
G="${1:?usage: build.sh [test] G, the toolchain directory bin/native-toolchain prints}"
[[ -d "$G/include" ]] || { echo "build.sh: $G/include not found (need the JDK's jni.h)" >&2; exit 2; }

OUT="$HERE/build"
DEST="$G/lib/svm/clibraries/linux-amd64"
CFLAGS=(-O2 -fPIC -D_LITTLE_ENDIAN -Wall -Wno-format-truncation -fno-strict-aliasing -I"$HERE/include" -I"$G/include" -I"$G/include/linux")

compile_archive() { # name sources...
  local name="$1"; shift
  local objs=()
  mkdir -p "$OUT/obj/$name"
  for src in "$@"; do
    local obj="$OUT/obj/$name/$(basename "${src%.c}").o"
    gcc "${CFLAGS[@]}" -c "$HERE/src/$src" -o "$obj"
    objs+=("$obj")
  done
  rm -f "$OUT/$name"
  ar rcs "$OUT/$name" "${objs[@]}"
}

build_all() {
  rm -rf "$OUT"; mkdir -p "$OUT"
  compile_archive liblibchelper.a cpufeatures.c signals.c threads.c attach.c locale.c timezone.c libc_wrappers.c
  # libjvm.a also carries the glibc 2.38 shim: the JDK static libs are always linked together with it.
  compile_archive libjvm.a jvm.c jvm_vmonly.c glibc238_shim.c jdk_bridge.c
  compile_archive libsvm_container.a container.c
}

install_all() {
  mkdir -p "$DEST/include"
  cp "$OUT"/liblibchelper.a "$OUT"/libjvm.a "$OUT"/libsvm_container.a "$DEST/"
  cp "$HERE"/include/*.h "$DEST/include/"
  echo "installed into $DEST: $(cd "$DEST" && ls *.a | tr '\n' ' ')+ include/$(cd "$DEST/include" && ls *.h | tr '\n' ' ')"
}

run_test() {
  local S="$G/lib/static/linux-amd64/glibc"
  mkdir -p "$OUT/test"
  # 1. Each archive defines what the Java side declares.
  local missing=0
  while read -r lib sym; do
    [[ -z "$lib" || "$lib" == \#* ]] && continue
    # (nm output is collected first: grep -q closing the pipe early would trip pipefail)
    local defs; defs="$(nm --defined-only "$DEST/$lib" | awk 'NF == 3 && $2 ~ /[TDBRW]/ {print $3}')"
    grep -qx "$sym" <<< "$defs" || { echo "MISSING $sym in $lib"; missing=1; }
  done < "$HERE/test/expected_symbols.txt"
  [[ $missing == 0 ]] && echo "nm: all $(grep -vc '^#' "$HERE/test/expected_symbols.txt") expected symbols defined"
  # 2. Every JVM_*/jio_*/__isoc23_* import of the five JDK libs resolves (whole-archive link, nothing left undefined).
  echo 'int main(void) { return 0; }' > "$OUT/test/empty.c"
  gcc -o "$OUT/test/whole_archive" "$OUT/test/empty.c" -L"$DEST" -L"$S" \
    -Wl,--whole-archive -ljava -lnio -lnet -lzip -lextnet -lmanagement_ext -Wl,--no-whole-archive -llibchelper -ljvm -lz -ldl -lpthread
  if objdump -T "$OUT/test/whole_archive" | grep -q 'GLIBC_2\.3[89]'; then echo "FAIL: needs glibc > 2.36"; missing=1; fi
  echo "whole-archive link of libjava/nio/net/zip/extnet/management_ext: OK (max glibc: $(objdump -T "$OUT/test/whole_archive" | grep -oE 'GLIBC_[0-9.]+' | sort -uV | tail -1))"
  # 3. Struct fields are exactly the @CField method names of the Java interfaces (order too, for readability).
  local jar="$G/lib/svm/builder/svm-25.0.2.jar" pair
  for pair in amd64cpufeatures.h:com.oracle.svm.core.amd64.AMD64LibCHelper\$CPUFeatures \
              svm_locale.h:com.oracle.svm.core.c.locale.LocaleCHelper\$LocaleProps; do
    local hdr="${pair%%:*}" cls="${pair#*:}" want have
    if [[ "$hdr" == svm_locale.h ]]; then
      want="$("$G/bin/javap" -v -cp "$jar" "$cls" | grep -oE 'value="[a-z_]+"' | sed 's/value="//; s/"//' | grep -vx svm_locale_props_t | sort)"
      grep -q '} svm_locale_props_t;' "$HERE/include/$hdr" || { echo "FAIL: no svm_locale_props_t typedef"; missing=1; }
      have="$(grep -oE 'char \*[a-z_]+;' "$HERE/include/$hdr" | sed 's/char \*//; s/;//' | sort)"
    else
      want="$("$G/bin/javap" -p -cp "$jar" "$cls" | grep -oE ' f[A-Za-z0-9_]+\(' | tr -d ' (')"
      have="$(grep -oE 'char f[A-Za-z0-9_]+;' "$HERE/include/$hdr" | sed 's/char //; s/;//')"
    fi
    if [[ "$want" == "$have" ]]; then echo "fields of $hdr match $cls ($(wc -l <<< "$want"))"; else echo "FAIL fields of $hdr"; diff <(echo "$want") <(echo "$have"); missing=1; fi
  done
  [[ $missing == 0 ]] || exit 1
  gcc "${CFLAGS[@]}" -o "$OUT/test/clibs_test" "$HERE/test/clibs_test.c" \
    -L"$DEST" -L"$S" -Wl,--start-group -llibchelper -ljvm -lsvm_container -ljava -lnio -lnet -lzip -Wl,--end-group \
    -lz -ldl -lpthread
  # The probe the builder runs: our headers must compile and give the struct the layout the Java side reads.
  gcc "${CFLAGS[@]}" -I"$DEST/include" -o "$OUT/test/header_probe" "$HERE/test/header_probe.c"
  "$OUT/test/header_probe"
  "$OUT/test/clibs_test"
}

build_all
install_all
if [[ "$mode" == test ]]; then run_test; fi
