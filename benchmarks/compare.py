from summarize.bench.cli import main  # the same command as `summarize bench ...`; see docs/compare.md
main()
