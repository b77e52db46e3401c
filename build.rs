//! Puts the commit roster is built from into `roster --version`
//! (`ROSTER_GIT_COMMIT`): `git rev-parse --short HEAD` when git and a
//! checkout are there, else the `ROSTER_GIT_COMMIT` of the environment
//! (packagers building from a tarball), else "unknown".

use std::process::Command;

fn git(args: &[&str]) -> Option<String> {
    let out = Command::new("git").args(args).output().ok()?;
    let text = String::from_utf8(out.stdout).ok()?.trim().to_string();
    (out.status.success() && !text.is_empty()).then_some(text)
}

fn main() {
    println!("cargo:rerun-if-env-changed=ROSTER_GIT_COMMIT");
    println!("cargo:rerun-if-changed=build.rs");
    let commit = match git(&["rev-parse", "--short", "HEAD"]) {
        Some(c) => {
            // Rebuild when HEAD moves: HEAD itself, and the branch it names.
            for f in ["HEAD", "packed-refs"] {
                if let Some(p) = git(&["rev-parse", "--git-path", f]) {
                    println!("cargo:rerun-if-changed={p}");
                }
            }
            if let Some(p) = git(&["symbolic-ref", "-q", "HEAD"])
                .and_then(|r| git(&["rev-parse", "--git-path", &r]))
            {
                println!("cargo:rerun-if-changed={p}");
            }
            c
        }
        None => std::env::var("ROSTER_GIT_COMMIT").unwrap_or_else(|_| "unknown".to_string()),
    };
    println!("cargo:rustc-env=ROSTER_GIT_COMMIT={commit}");
}
