"""The "Parallel Fragments" dashboard's Streamlit twin: the same page as examples/dashboard
(dev.weft.examples.dashboard.ParallelDashboard and Sections), for side-by-side benchmarks
(ToyDashboardBenchmark in integration-tests/browser).

An intro, then three sections that each wait 2 s for their data (a sleep standing for a slow query)
and draw a 90-day line chart. The sections are @st.fragment(parallel=True), so they run at the same
time, on threads of their own, in the session's first run. The series are the Java app's: the same
seeds and java.util.Random's algorithm, reproduced below.

    pip install -r requirements.txt
    streamlit run dashboard.py --server.headless true --server.port 8501
"""

import datetime
import math
import time

import pandas as pd
import streamlit as st

# How long each section's simulated data load takes, in seconds (Sections.LOAD_MILLIS).
LOAD_SECONDS = 2.0
DAYS = 90

st.set_page_config(page_title="Parallel Fragments")


class JavaRandom:
    """java.util.Random: its 48-bit linear congruential generator, nextInt(bound) and nextGaussian."""

    _MULTIPLIER = 0x5DEECE66D
    _MASK = (1 << 48) - 1

    def __init__(self, seed):
        self._seed = (seed ^ self._MULTIPLIER) & self._MASK
        self._next_gaussian = None

    def _next(self, bits):
        self._seed = (self._seed * self._MULTIPLIER + 0xB) & self._MASK
        return self._seed >> (48 - bits)  # bits < 32 here: Java's (int) cast keeps it as it is

    def next_int(self, bound):
        if bound & -bound == bound:  # a power of two
            return (bound * self._next(31)) >> 31
        while True:
            bits = self._next(31)
            value = bits % bound
            if bits - value + (bound - 1) < 1 << 31:  # no int overflow in Java
                return value

    def next_double(self):
        return ((self._next(26) << 27) + self._next(27)) * 2.0**-53

    def next_gaussian(self):
        if self._next_gaussian is not None:
            value, self._next_gaussian = self._next_gaussian, None
            return value
        while True:
            v1 = 2 * self.next_double() - 1
            v2 = 2 * self.next_double() - 1
            s = v1 * v1 + v2 * v2
            if 0 < s < 1:
                break
        multiplier = math.sqrt(-2 * math.log(s) / s)
        self._next_gaussian = v2 * multiplier
        return v1 * multiplier


def random_walk(random, start):
    values = []
    value = start
    for _ in range(DAYS):
        value = max(1, value + random.next_gaussian() * 3 + 0.15)
        values.append(math.floor(value * 10 + 0.5) / 10.0)  # Java's Math.round(value * 10) / 10.0
    return values


def series(seed, names):
    """The section's series, day by day, as the Java app computes them."""
    random = JavaRandom(seed)
    first = datetime.date(2026, 1, 1)
    days = pd.to_datetime([first + datetime.timedelta(days=day) for day in range(DAYS)])
    columns = {}
    for name in names:
        columns[name] = random_walk(random, 40 + random.next_int(60))
    return pd.DataFrame(columns, index=days)


def draw(title, caption, seed, *names):
    started = time.perf_counter()
    time.sleep(LOAD_SECONDS)  # stands for a slow query
    data = series(seed, names)
    st.header(title)
    st.text(f"{caption} Loaded {DAYS} days in {round((time.perf_counter() - started) * 1000)} ms.")
    st.line_chart(data)


st.title("Parallel Fragments")
st.markdown(
    "Each section below waits **2 seconds** for its data, then draws a chart. "
    "They are `@st.fragment(parallel=True)`, so they load at the same time and the page is "
    "complete in about 2 s."
)


@st.fragment(parallel=True)
def revenue():
    draw("Revenue", "Daily revenue by channel, in thousands of euros.", 11, "Online", "Retail")


@st.fragment(parallel=True)
def orders():
    draw("Orders", "Orders placed per day.", 23, "Orders")


@st.fragment(parallel=True)
def visitors():
    draw("Visitors", "Unique visitors per day, by device.", 37, "Desktop", "Mobile")


revenue()
orders()
visitors()
