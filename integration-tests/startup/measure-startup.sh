#!/usr/bin/env bash
# What Weft adds to a Quarkus app's start: builds the same trivial app twice (a Vert.x route answering
# GET /ping; the second also with Weft and a one-fragment @App), then starts each packaged jar RUNS
# times, alternating, and prints for each the medians of: the time from launch to the first HTTP 200
# on /ping, the CPU time the JVM used until then (utime + stime of /proc/PID/stat: survives a loaded
# machine better than wall time), the resident memory (VmRSS) right after it, and the classes loaded
# by then (jstat -class, read after the other figures); then how long the first GET / takes (Weft's page;
# a 404 in the plain app), which is where work Weft defers past start-up shows.
#
# BEFORE=dir also starts, in the same alternation, a Weft app built earlier (for example against the
# previous Weft): SAVE_WEFT=dir keeps this run's Weft app there (its target/quarkus-app, which holds
# every jar it needs), so that a later run can compare against it with BEFORE=dir.
# With JVM_OPTS="-Xlog:class+load:file=..." or JFR options it also tells where the time goes.
# PAGE_DELAY=seconds waits that long after the first 200 before the first GET / (0: at once).
#
#   integration-tests/startup/measure-startup.sh            # after ./mvnw install -DskipTests
#   RUNS=15 MAVEN_REPO=/path/to/m2 integration-tests/startup/measure-startup.sh
#   SAVE_WEFT=/tmp/weft-before integration-tests/startup/measure-startup.sh   # on the old Weft, then
#   BEFORE=/tmp/weft-before integration-tests/startup/measure-startup.sh      # on the new one
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

ticks="$(getconf CLK_TCK)"
jstat="${JAVA_HOME:+$JAVA_HOME/bin/}jstat"

app_dir() { # name -> its quarkus-app directory
  if [ "$1" = before ]; then echo "$BEFORE"; else echo "$work/$1/target/quarkus-app"; fi
}

start_once() { # name -> prints "wall_ms cpu_ms rss_kb classes first_page_ms"
  local jar p; jar="$(app_dir "$1")/quarkus-run.jar"; p="$(port)"
  local t0; t0="$(date +%s%N)"
  # shellcheck disable=SC2086
  "$java" ${JVM_OPTS:-} -Dquarkus.http.port="$p" -Dquarkus.http.host=127.0.0.1 -jar "$jar" >"$work/$1-run.log" 2>&1 &
  local pid=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$p/ping"; do
    kill -0 "$pid" 2>/dev/null || { cat "$work/$1-run.log"; exit 1; }
    sleep 0.005
  done
  local t1; t1="$(date +%s%N)"
  # Fields 14 and 15 of /proc/PID/stat (after the command name in parentheses): user and system time in ticks.
  local cpu; cpu="$(sed 's/.*) //' "/proc/$pid/stat" | awk -v hz="$ticks" '{print int(($12 + $13) * 1000 / hz)}')"
  local rss; rss="$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")"
  local classes; classes="$("$jstat" -class "$pid" 2>/dev/null | awk 'NR == 2 {print $1}')"
  # Then the first page: Weft's app at / (a 404 in the plain app), timed from the request; PAGE_DELAY
  # seconds after the first 200 (0 by default), as a user's first page would come some time after start.
  sleep "${PAGE_DELAY:-0}"
  local page; page="$(curl -s -o /dev/null --max-time 120 -w '%{time_total}' "http://127.0.0.1:$p/" || true)"
  page="$(echo "${page:-0}" | awk '{print int($1 * 1000)}')"
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "$(( (t1 - t0) / 1000000 )) $cpu $rss ${classes:-0} $page"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

make_app plain false
make_app weft true
if [ -n "${SAVE_WEFT:-}" ]; then
  rm -rf "$SAVE_WEFT"; mkdir -p "$SAVE_WEFT"; cp -r "$work/weft/target/quarkus-app/." "$SAVE_WEFT/"
  echo "this run's Weft app kept in $SAVE_WEFT"
fi
apps="plain weft"
if [ -n "${BEFORE:-}" ]; then
  [ -f "$BEFORE/quarkus-run.jar" ] || { echo "BEFORE=$BEFORE holds no quarkus-run.jar" >&2; exit 1; }
  apps="plain before weft"
fi
for app in $apps; do : >"$work/$app.txt"; start_once "$app" >/dev/null; done # warm the page cache, not counted
echo "load average before: $(cat /proc/loadavg)"
for _ in $(seq "$runs"); do
  for app in $apps; do start_once "$app" >>"$work/$app.txt"; done
done
echo "load average after:  $(cat /proc/loadavg)"
for app in $apps; do
  col() { cut -d' ' -f"$1" "$work/$app.txt"; }
  printf '%-6s first 200 median %5s ms (min %s, max %s), CPU median %5s ms (min %s), RSS median %6.1f MB, classes %s; then GET / median %s ms; %s starts\n' \
    "$app" "$(col 1 | median)" "$(col 1 | sort -n | head -1)" "$(col 1 | sort -n | tail -1)" \
    "$(col 2 | median)" "$(col 2 | sort -n | head -1)" "$(echo "$(col 3 | median) / 1024" | bc -l)" "$(col 4 | median)" \
    "$(col 5 | median)" "$runs"
done
echo "(apps and logs in $work; one line per start in $work/<app>.txt: wall ms, CPU ms, RSS KB, classes, GET / ms)"
