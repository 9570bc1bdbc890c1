//! The `nas-lint` command. Everything but argument parsing and the exit
//! code lives in `app`; the linting itself in the library.

mod app;

use app::cli::Cli;
use app::{Trouble, EXIT_CLEAN, EXIT_TROUBLE};
use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            let code = if e.use_stderr() {
                EXIT_TROUBLE
            } else {
                EXIT_CLEAN
            };
            return ExitCode::from(code);
        }
    };
    match app::run(cli) {
        Ok(code) => ExitCode::from(code),
        Err(Trouble::Message(message)) => {
            eprintln!("nas-lint: error: {message}");
            ExitCode::from(EXIT_TROUBLE)
        }
        Err(Trouble::Config(error)) => {
            eprintln!("nas-lint: error: invalid configuration");
            eprintln!("{:?}", miette::Report::new(*error));
            ExitCode::from(EXIT_TROUBLE)
        }
    }
}
