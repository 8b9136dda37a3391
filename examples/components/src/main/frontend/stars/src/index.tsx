import React from "react"
import ReactDOM from "react-dom"
import StarRating from "./StarRating"

ReactDOM.render(
  <React.StrictMode>
    <StarRating />
  </React.StrictMode>,
  document.getElementById("root")
)
