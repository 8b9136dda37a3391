#!/usr/bin/env bash
# What Weft adds to a Quarkus app's start: builds the same trivial app twice (a Vert.x route answering
# GET /ping; the second also with Weft and a one-fragment @App), then starts each packaged jar RUNS
# times, alternating, and prints the median time from launch to the first HTTP 200 on /ping and the
# median resident memory (VmRSS) right after it. With JVM_OPTS="-Xlog:class+load:file=..." or JFR
# options it also tells where the time goes.
#
#   integration-tests/startup/measure-startup.sh            # after ./mvnw install -DskipTests
#   RUNS=15 MAVEN_REPO=/path/to/m2 integration-tests/startup/measure-startup.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
runs="${RUNS:-9}"
work="${WORK:-$(mktemp -d /tmp/weft-startup.XXXXXX)}"
repo="${MAVEN_REPO:-$HOME/.m2/repository}"
version="$(sed -n 's:.*<version>\(.*-SNAPSHOT\)</version>.*:\1:p' "$root/pom.xml" | head -1)"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"

make_app() { # name, with-weft (true/false)
  local dir="$work/$1" weft="$2"
  mkdir -p "$dir/src/main/java/org/acme" "$dir/src/main/resources"
  local weft_dep="" processor=""
  if [ "$weft" = true ]; then
    weft_dep="<dependency><groupId>dev.weft</groupId><artifactId>weft</artifactId><version>$version</version></dependency>"
    processor="<annotationProcessorPaths><path><groupId>dev.weft</groupId><artifactId>weft-processor</artifactId><version>$version</version></path></annotationProcessorPaths>"
    cat > "$dir/src/main/java/org/acme/Hello.java" <<'JAVA'
package org.acme;

import dev.weft.App;
import dev.weft.Fragment;
import dev.weft.Ui;

@App(title = "Hello", path = "/")
public class Hello {
    @Fragment
    void hello(Ui ui) {
        ui.text("Hello");
    }
}
JAVA
  fi
  cat > "$dir/src/main/java/org/acme/Ping.java" <<'JAVA'
package org.acme;

import io.quarkus.runtime.StartupEvent;
import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class Ping {
    void routes(@Observes Router router) {
        router.get("/ping").handler(rc -> rc.response().end("ok"));
    }
}
JAVA
  cat > "$dir/pom.xml" <<XML
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>org.acme</groupId>
  <artifactId>startup-$1</artifactId>
  <version>1.0.0-SNAPSHOT</version>
  <properties>
    <maven.compiler.release>21</maven.compiler.release>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
  </properties>
  <dependencyManagement><dependencies><dependency>
    <groupId>io.quarkus</groupId><artifactId>quarkus-bom</artifactId><version>3.32.1</version>
    <type>pom</type><scope>import</scope>
  </dependency></dependencies></dependencyManagement>
  <dependencies>
    <dependency><groupId>io.quarkus</groupId><artifactId>quarkus-vertx-http</artifactId></dependency>
    $weft_dep
  </dependencies>
  <build><plugins>
    <plugin><groupId>io.quarkus</groupId><artifactId>quarkus-maven-plugin</artifactId><version>3.32.1</version>
      <extensions>true</extensions><executions><execution><goals><goal>build</goal></goals></execution></executions></plugin>
    <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-compiler-plugin</artifactId><version>3.14.0</version>
      <configuration><parameters>true</parameters>$processor</configuration></plugin>
  </plugins></build>
</project>
XML
  "$root/mvnw" -B -q -o -Dmaven.repo.local="$repo" -f "$dir/pom.xml" package -DskipTests >"$work/$1-build.log" 2>&1 \
    || { cat "$work/$1-build.log"; exit 1; }
}

port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

start_once() { # name -> prints "ms rss_kb"
  local jar="$work/$1/target/quarkus-app/quarkus-run.jar" p; p="$(port)"
  local t0; t0="$(date +%s%N)"
  # shellcheck disable=SC2086
  "$java" ${JVM_OPTS:-} -Dquarkus.http.port="$p" -Dquarkus.http.host=127.0.0.1 -jar "$jar" >"$work/$1-run.log" 2>&1 &
  local pid=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$p/ping"; do
    kill -0 "$pid" 2>/dev/null || { cat "$work/$1-run.log"; exit 1; }
    sleep 0.005
  done
  local t1; t1="$(date +%s%N)"
  local rss; rss="$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")"
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "$(( (t1 - t0) / 1000000 )) $rss"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

make_app plain false
make_app weft true
: >"$work/plain.txt"; : >"$work/weft.txt"
start_once plain >/dev/null; start_once weft >/dev/null # warm the page cache, not counted
for _ in $(seq "$runs"); do
  start_once plain >>"$work/plain.txt"
  start_once weft >>"$work/weft.txt"
done
for app in plain weft; do
  ms="$(cut -d' ' -f1 "$work/$app.txt" | median)"; rss="$(cut -d' ' -f2 "$work/$app.txt" | median)"
  min="$(cut -d' ' -f1 "$work/$app.txt" | sort -n | head -1)"; max="$(cut -d' ' -f1 "$work/$app.txt" | sort -n | tail -1)"
  printf '%-6s first 200 median %5s ms (min %s, max %s), RSS median %6.1f MB, %s starts\n' \
    "$app" "$ms" "$min" "$max" "$(echo "$rss / 1024" | bc -l)" "$runs"
done
echo "(apps and logs in $work)"
