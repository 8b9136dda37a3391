"""Three CPU-bound sections, as in CpuFairnessBenchmark, for Streamlit: see run-streamlit-bench.sh.

BENCH_MODE=parallel runs them as @st.fragment(parallel=True) in one full run; sequential as plain
calls. Each section is the same pure-Python loop of BENCH_N steps. Times go to BENCH_LOG.
"""
import os
import time

import streamlit as st

LOG = os.environ["BENCH_LOG"]
MODE = os.environ.get("BENCH_MODE", "parallel")
N = int(os.environ["BENCH_N"])


def work(n):
    x = n
    for _ in range(n):
        x = (x * 1103515245 + 12345) & 0xFFFFFFFF
    return x


def log(event):
    with open(LOG, "a") as f:
        f.write(f"{event} {time.time()}\n")


def section(name):
    result = work(N)
    st.write(f"{name} {result}")
    log(f"done-{name}")


log("start")
if MODE == "parallel":

    @st.fragment(parallel=True)
    def a():
        section("a")

    @st.fragment(parallel=True)
    def b():
        section("b")

    @st.fragment(parallel=True)
    def c():
        section("c")

    a()
    b()
    c()
else:
    section("a")
    section("b")
    section("c")
