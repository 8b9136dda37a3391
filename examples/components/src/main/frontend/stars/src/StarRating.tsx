// A star rating as a Streamlit (v1) component, written the way the component template writes one:
// a React class that extends StreamlitComponentBase (which reports the frame's height after every
// render) and is wrapped in withStreamlitConnection (which says componentReady and hands each
// streamlit:render to it as props). Weft's components example uses it in its sandboxed iframe.
import React, { ReactNode } from "react"
import {
  ComponentProps,
  Streamlit,
  StreamlitComponentBase,
  withStreamlitConnection,
} from "streamlit-component-lib"

interface State {
  stars: number
}

class StarRating extends StreamlitComponentBase<State> {
  public state: State = { stars: 0 }

  public render(): ReactNode {
    const { args, disabled, theme } = this.props as ComponentProps
    const max = Math.max(1, Math.min(10, Number(args.maxStars) || 5))
    const label = String(args.label ?? "")
    const given = this.state.stars
    const stars = []
    for (let n = 1; n <= max; n++) {
      const checked = n <= given
      stars.push(
        <button
          key={n}
          type="button"
          role="radio"
          aria-checked={checked}
          aria-label={n === 1 ? "1 star" : `${n} stars`}
          disabled={disabled}
          onClick={() => this.give(n)}
          // The theme Streamlit (here: Weft) sends: the checked stars take its primary colour.
          style={{ color: checked ? theme?.primaryColor : undefined }}
        >
          {"\u2605"}
        </button>
      )
    }
    return (
      <div className="rating" style={{ fontFamily: theme?.font }}>
        <div className="stars" role="radiogroup" aria-label={label || "Stars"}>
          {stars}
          <span className="label">{label}</span>
        </div>
        {given > 0 && (
          // A second line once stars are given: the frame grows, and says so with setFrameHeight.
          <p className="thanks">
            Thank you: {given} of {max}.
          </p>
        )}
      </div>
    )
  }

  private give(stars: number): void {
    this.setState({ stars }, () => Streamlit.setComponentValue(stars))
  }
}

export default withStreamlitConnection(StarRating)
