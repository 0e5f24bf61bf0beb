from dateline.cli.app import main

main()
