#!/usr/bin/env bash
# Fails if the native-image configuration that Quarkus generated for the example dashboard
# registers any class of Weft or of the example (package dev.weft...) for reflection, JNI,
# dynamic proxies or serialization, and prints the offending entries. Weft generates direct calls
# at compile time, so its own code should never need any of that.
#
# Run after:
#   ./mvnw -B -pl examples/dashboard package -DskipTests \
#       -Dquarkus.native.enabled=true -Dquarkus.native.sources-only=true
#
# What Quarkus 3.32.1 writes there, in target/native-sources/:
#   <app>-runner.jar    META-INF/native-image/{reflect,jni,proxy,serialization,resource}-config.json
#                       (newer GraalVM layouts: reachability-metadata.json, native-image.properties)
#   native-image.args   the native-image command line
#   lib/*.jar           the dependencies; ours (lib/dev.weft.*.jar) may carry their own config
#
# Entries matching a regular expression in .ci/native-reflection-allowlist.txt (next to this
# script) are reported but allowed: registrations Quarkus itself makes for every extension.
#
# Usage: .ci/check-native-reflection.sh [target-dir [package-prefix...]]
#   defaults: examples/dashboard/target, prefix dev.weft (which covers dev.weft.examples)
set -euo pipefail

script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
target_dir="${1:-examples/dashboard/target}"
shift || true
prefixes=("$@")
if [ "${#prefixes[@]}" -eq 0 ]; then
    prefixes=(dev.weft)
fi

if ! command -v python3 > /dev/null; then
    echo "check-native-reflection: needs python3 (apt-get install python3)." >&2
    exit 2
fi
jar_tool="jar"
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/jar" ]; then
    jar_tool="$JAVA_HOME/bin/jar"
fi

sources_dir=""
if [ -d "$target_dir" ]; then
    sources_dir="$(find "$target_dir" -maxdepth 2 -type d -name native-sources -print -quit)"
fi
if [ -z "$sources_dir" ]; then
    echo "check-native-reflection: no native-sources directory under $target_dir." >&2
    echo "Build it first: ./mvnw -B -pl examples/dashboard package -DskipTests -Dquarkus.native.enabled=true -Dquarkus.native.sources-only=true" >&2
    exit 2
fi
sources_dir="$(cd "$sources_dir" && pwd)"
echo "check-native-reflection: inspecting $sources_dir for classes in: ${prefixes[*]}"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The runner jar and our own jars in lib/ (third-party jars cannot name our classes).
jars=()
while IFS= read -r -d '' jar; do
    jars+=("$jar")
done < <(find "$sources_dir" -maxdepth 1 -type f -name '*-runner.jar' -print0)
if [ "${#jars[@]}" -eq 0 ]; then
    echo "check-native-reflection: no *-runner.jar in $sources_dir: did the native build steps run?" >&2
    exit 2
fi
for prefix in "${prefixes[@]}"; do
    while IFS= read -r -d '' jar; do
        jars+=("$jar")
    done < <(find "$sources_dir/lib" -maxdepth 1 -type f -name "${prefix}*.jar" -print0 2> /dev/null)
done

config_pattern='META-INF/native-image/.*(-config\.json|reachability-metadata\.json|native-image\.properties)$'
for jar in "${jars[@]}"; do
    dest="$work/$(basename "$jar")"
    mkdir -p "$dest"
    entries="$("$jar_tool" tf "$jar" | grep -E "$config_pattern" || true)"
    if [ -n "$entries" ]; then
        # shellcheck disable=SC2086 # entry names contain no spaces
        (cd "$dest" && "$jar_tool" xf "$jar" $entries)
    fi
done
# Loose configuration files next to the runner jar, if a Quarkus version writes them there.
find "$sources_dir" -maxdepth 2 -type f \
    \( -name '*-config.json' -o -name 'reachability-metadata.json' -o -name 'native-image.properties' \) \
    -exec cp --parents {} "$work" \;

allowlist="$script_dir/native-reflection-allowlist.txt"
python3 - "$work" "$allowlist" "${prefixes[@]}" << 'PY'
import json
import os
import re
import sys

root, allowlist_file, prefixes = sys.argv[1], sys.argv[2], sys.argv[3:]

allowed = []
if os.path.exists(allowlist_file):
    with open(allowlist_file, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith("#"):
                allowed.append(re.compile(line))


def ours(name):
    return isinstance(name, str) and any(
        name == p or name.startswith(p + ".") or name.startswith(p + "$") for p in prefixes)


def class_names(entry):
    """The classes one configuration entry registers (reflect/jni/serialization/proxy/reachability)."""
    if isinstance(entry, str):
        return [entry]
    if isinstance(entry, list):  # old proxy-config: a list of interface names
        return [n for n in entry if isinstance(n, str)]
    if not isinstance(entry, dict):
        return []
    names = []
    for key in ("name", "type"):
        value = entry.get(key)
        if isinstance(value, str):
            names.append(value)
        elif isinstance(value, dict):  # reachability-metadata: {"type": {"proxy": [...]}}
            names.extend(n for n in value.get("proxy", []) if isinstance(n, str))
    names.extend(n for n in entry.get("interfaces", []) if isinstance(n, str))
    return names


def entries(document):
    """Top-level entries of any of the JSON layouts native-image reads."""
    if isinstance(document, list):
        return document
    if isinstance(document, dict):
        found = []
        for key in ("types", "lambdaCapturingTypes", "proxies", "reflection", "jni", "serialization"):
            value = document.get(key)
            if isinstance(value, list):
                found.extend(value)
        return found
    return []


files, offending, tolerated = 0, [], []
for directory, _, names in sorted(os.walk(root)):
    for file_name in sorted(names):
        path = os.path.join(directory, file_name)
        shown = os.path.relpath(path, root)
        if file_name == "resource-config.json":
            continue  # resources, not classes
        if file_name == "native-image.properties":
            with open(path, encoding="utf-8") as f:
                for number, line in enumerate(f, 1):
                    for token in re.findall(r"[A-Za-z_][\w.$]*", line):
                        if ours(token):
                            offending.append((shown, f"line {number}: {line.strip()}"))
            continue
        files += 1
        with open(path, encoding="utf-8") as f:
            document = json.load(f)
        for entry in entries(document):
            hits = [n for n in class_names(entry) if ours(n)]
            if not hits:
                continue
            text = json.dumps(entry, sort_keys=True)
            if all(any(a.search(n) for a in allowed) for n in hits):
                tolerated.append((shown, text))
            else:
                offending.append((shown, text))

if files == 0:
    print("check-native-reflection: found no reflect/jni/proxy/serialization configuration; the layout"
          " Quarkus writes has changed: update this script.", file=sys.stderr)
    sys.exit(2)
for shown, text in tolerated:
    print(f"allowed (Quarkus-generated, see native-reflection-allowlist.txt) in {shown}: {text}")
for shown, text in offending:
    print(f"OFFENDING in {shown}: {text}")
if offending:
    print(f"check-native-reflection: FAILED: {len(offending)} native-image registration(s) name classes of"
          f" {' '.join(prefixes)}. Weft and its apps must run without reflection: find the build step,"
          " bean or library that registers them.", file=sys.stderr)
    sys.exit(1)
print(f"check-native-reflection: OK, {files} configuration file(s) register no class of {' '.join(prefixes)}"
      f" (beyond {len(tolerated)} allowed Quarkus-generated entries).")
PY
