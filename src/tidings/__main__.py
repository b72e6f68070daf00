from tidings.cli import app

app()
