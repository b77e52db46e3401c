//! The `roster` binary: everything lives in the library's `cli` module.

fn main() {
    std::process::exit(roster::cli::main());
}
