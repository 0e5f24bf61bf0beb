from dateline.cli.app import app

app()
