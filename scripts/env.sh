# Shared environment for the scripts (sourced, not run).
# One target directory outside the clone keeps builds incremental across clones and CI runs.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/rantai-target}"
# npm's binaryen wasm-opt first: Debian's wasm-opt 108 silently breaks the release wasm.
export PATH="$PWD/end2end/node_modules/.bin:$HOME/.cargo/bin:$PATH"
