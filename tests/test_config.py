from claimledger.config import DB_ENV, Settings


def test_db_url_comes_from_the_environment_variable() -> None:
    settings = Settings.from_env({DB_ENV: "sqlite:///tmp/x.db"})
    assert settings.db_url == "sqlite:///tmp/x.db"


def test_default_db_is_sqlite_in_a_data_directory() -> None:
    assert Settings.from_env({}).db_url.startswith("sqlite:///")
    assert Settings.from_env({}).db_url.endswith("ledger.db")


def test_explicit_override_wins() -> None:
    settings = Settings.from_env({DB_ENV: "sqlite:///a.db"}, db_url="sqlite:///b.db")
    assert settings.db_url == "sqlite:///b.db"
