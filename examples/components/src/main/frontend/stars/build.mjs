// Builds the component's frontend as a Streamlit component's wheel carries it (its `frontend/build`):
// index.html and static/js/main.js, a classic deferred script (as Create React App emits), into the
// example's resources, where Quarkus serves it at /streamlit/stars/index.html.
//   npm ci && npm run build
import { build } from "esbuild"
import { copyFile, mkdir, rm } from "node:fs/promises"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"

const here = dirname(fileURLToPath(import.meta.url))
const out = join(here, "../../resources/META-INF/resources/streamlit/stars")

await rm(out, { recursive: true, force: true })
await mkdir(out, { recursive: true })
await build({
  entryPoints: [join(here, "src/index.tsx")],
  outfile: join(out, "static/js/main.js"),
  bundle: true,
  minify: true,
  format: "iife",
  target: "es2019",
  define: { "process.env.NODE_ENV": '"production"' },
  legalComments: "linked", // the licences of React, Apache Arrow and streamlit-component-lib: main.js.LEGAL.txt
  logLevel: "info",
})
await copyFile(join(here, "src/index.html"), join(out, "index.html"))
