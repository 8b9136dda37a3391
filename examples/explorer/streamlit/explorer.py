"""The weather explorer's Streamlit twin: the same data, DuckDB queries and sections as
examples/explorer (dev.weft.examples.explorer.WeatherExplorer), for side-by-side benchmarks.

    pip install -r requirements.txt
    streamlit run explorer.py --server.headless true --server.port 8501
"""

from pathlib import Path

import duckdb
import pandas as pd
import streamlit as st

CSV = Path(__file__).resolve().parents[1] / "src" / "main" / "resources" / "weather.csv"
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
KINDS = ["sun", "rain", "drizzle", "fog", "snow"]
TAGS = ["storm", "heat", "cold", "flood", "other"]

st.set_page_config(page_title="Weather explorer", page_icon="☂", layout="wide")


@st.cache_resource
def database():
    """One in-memory DuckDB for the server, loaded from the CSV at first use, with the notes table."""
    db = duckdb.connect()
    db.execute(
        "CREATE TABLE weather AS SELECT * FROM read_csv(?, header = true, columns = {'location': 'VARCHAR',"
        " 'date': 'DATE', 'precipitation': 'DOUBLE', 'temp_max': 'DOUBLE', 'temp_min': 'DOUBLE', 'wind': 'DOUBLE',"
        " 'weather': 'VARCHAR'})",
        [str(CSV)],
    )
    db.execute("CREATE SEQUENCE note_ids START 1")
    db.execute(
        "CREATE TABLE notes (id BIGINT PRIMARY KEY DEFAULT nextval('note_ids'), day DATE NOT NULL,"
        " location VARCHAR NOT NULL, note VARCHAR NOT NULL, tag VARCHAR NOT NULL)"
    )
    db.execute(
        "INSERT INTO notes (day, location, note, tag) VALUES"
        " (DATE '2012-01-18', 'Seattle', 'Snowstorm: the city shuts down under 15 cm of snow', 'storm'),"
        " (DATE '2012-10-29', 'New York', 'Hurricane Sandy makes landfall', 'storm'),"
        " (DATE '2015-01-27', 'New York', 'Blizzard: travel ban across the city', 'cold')"
    )
    return db


def query(sql, params):
    # A cursor of its own per query, as the Java app takes a duplicate connection.
    return database().cursor().execute(sql, params).df()


def where(location, years, kinds):
    clause = " WHERE location = ? AND year(date) BETWEEN ? AND ?"
    params = [location, years[0], years[1]]
    if kinds:
        clause += " AND weather IN (" + ", ".join("?" for _ in kinds) + ")"
        params += kinds
    return clause, params


# ---------------------------------------------------------------- sidebar: the filters
with st.sidebar:
    st.header("Filters")
    location = st.radio("Place", ["Seattle", "New York"])
    years = st.slider("Years", 2012, 2015, (2012, 2015))
    kinds = st.multiselect("Weather", KINDS)
    st.caption("No weather picked shows every kind.")
    st.divider()
    st.caption("Data: NOAA daily records (U.S. Government work) from the Vega data sets, in DuckDB.")

clause, params = where(location, years, kinds)

st.title("Weather explorer")
st.markdown(
    "Daily weather of **Seattle** and **New York**, 2012–2015, from NOAA, queried in an embedded DuckDB. Filter"
    " in the sidebar, select days in the table to compare them, and keep notes on days below."
)

# ---------------------------------------------------------------- summary
summary = query(
    "SELECT count(*) AS days, avg(temp_max) AS mean_max, avg(temp_min) AS mean_min,"
    " sum(precipitation) AS precipitation, count(*) FILTER (WHERE precipitation > 0) AS wet,"
    " max(wind) AS max_wind, arg_max(date, wind) AS windiest FROM weather" + clause,
    params,
).iloc[0]
c = st.columns(4)
c[0].metric("Days", f"{int(summary.days):,}")
c[1].metric("Mean high", f"{summary.mean_max:.1f} °C")
c[2].metric("Precipitation", f"{summary.precipitation:,.0f} mm")
c[3].metric("Strongest wind", f"{summary.max_wind:.1f} m/s")

# ---------------------------------------------------------------- overview and the day table
days = query(
    "SELECT location, date, precipitation, temp_max, temp_min, wind, weather FROM weather" + clause + " ORDER BY date",
    params,
)
st.header("Temperatures")
st.line_chart(days, x="date", y=["temp_max", "temp_min"])

st.header("Days")
table = days[["date", "weather", "temp_max", "temp_min", "precipitation", "wind"]].rename(
    columns={
        "date": "Date",
        "weather": "Weather",
        "temp_max": "High °C",
        "temp_min": "Low °C",
        "precipitation": "Precipitation mm",
        "wind": "Wind m/s",
    }
)
event = st.dataframe(
    table, key="days", on_select="rerun", selection_mode="multi-row", hide_index=True, use_container_width=True
)
picked = days.iloc[event.selection.rows] if event.selection.rows else days.iloc[0:0]

# ---------------------------------------------------------------- selected days
st.header("Selected days")
if picked.empty:
    st.info("Select one or more days in the table to compare them here.")
else:
    c = st.columns(4)
    c[0].metric("Days selected", str(len(picked)))
    high, low = picked.temp_max.mean(), picked.temp_min.mean()
    c[1].metric("Mean high", f"{high:.1f} °C", f"{high - summary.mean_max:+.1f} °C vs all")
    c[2].metric("Mean low", f"{low:.1f} °C", f"{low - summary.mean_min:+.1f} °C vs all")
    c[3].metric("Precipitation", f"{picked.precipitation.sum():,.1f} mm")
    st.bar_chart(picked.assign(day=picked.date.astype(str)), x="day", y=["temp_max", "temp_min"], stack=False)

# ---------------------------------------------------------------- monthly
monthly = query(
    "SELECT year(date)::VARCHAR AS year, month(date) AS month, sum(precipitation) AS mm FROM weather"
    + clause
    + " GROUP BY ALL ORDER BY ALL",
    params,
)
kinds_count = query("SELECT weather, count(*) AS days FROM weather" + clause + " GROUP BY weather ORDER BY 2 DESC", params)
left, right = st.columns([3, 2])
left.subheader("Precipitation by month, mm")
left.bar_chart(
    monthly.pivot(index="month", columns="year", values="mm").rename(index=lambda m: MONTHS[m - 1]), stack=False
)
right.subheader("Days by weather")
right.bar_chart(kinds_count, x="weather", y="days")

# ---------------------------------------------------------------- notes, kept in DuckDB
st.header("Notes")
notes = query("SELECT id, day, location, note, tag FROM notes ORDER BY day, id", [])
edited = st.data_editor(
    notes,
    key="notes",
    num_rows="dynamic",
    hide_index=True,
    disabled=["id"],
    column_config={
        "day": st.column_config.DateColumn("Day", required=True),
        "location": st.column_config.SelectboxColumn("Place", options=["Seattle", "New York"], required=True),
        "note": st.column_config.TextColumn("Note", required=True, max_chars=200),
        "tag": st.column_config.SelectboxColumn("Tag", options=TAGS, required=True),
    },
)
if st.button("Save notes"):
    db = database().cursor()
    changes = st.session_state["notes"]
    for position, row in changes["edited_rows"].items():
        note = notes.iloc[int(position)].to_dict() | row
        db.execute(
            "UPDATE notes SET day = ?, location = ?, note = ?, tag = ? WHERE id = ?",
            [pd.Timestamp(note["day"]).date(), note["location"], note["note"], note["tag"], int(note["id"])],
        )
    for row in changes["added_rows"]:
        if all(row.get(k) for k in ("day", "location", "note", "tag")):
            db.execute(
                "INSERT INTO notes (day, location, note, tag) VALUES (?, ?, ?, ?)",
                [pd.Timestamp(row["day"]).date(), row["location"], row["note"], row["tag"]],
            )
    for position in changes["deleted_rows"]:
        db.execute("DELETE FROM notes WHERE id = ?", [int(notes.iloc[int(position)]["id"])])
    st.rerun()
