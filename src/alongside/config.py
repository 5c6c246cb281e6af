"""Settings: the only module that reads the environment.

Every setting comes from an ``ALONGSIDE_*`` environment variable or an optional ``.env`` file in the
working directory. The embedded default (SQLite in ``./data``) needs none of them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="ALONGSIDE_", env_file=".env", extra="ignore")

    data_dir: Path = Path("data")
    database_url: str | None = Field(default=None, description="SQLAlchemy URL; SQLite file in data_dir when unset.")
    # Base64 (urlsafe) 32-byte AES key. When unset, a key file is created in data_dir on first use.
    encryption_key: SecretStr | None = None
    key_file: Path | None = None
    secret_key: SecretStr | None = None
    base_url: str = "http://127.0.0.1:8000"
    secure_cookies: bool = False
    session_days: int = 14
    default_locale: Literal["en", "nl"] = "en"
    # Password hashing cost (argon2id). The defaults follow RFC 9106's second recommendation.
    argon2_time_cost: int = 3
    argon2_memory_cost: int = 65536
    argon2_parallelism: int = 4
    # Growing delay after this many failed logins, and a temporary lock after lock_after.
    login_delay_after: int = 3
    login_lock_after: int = 10
    login_lock_minutes: int = 15
    password_reset_hours: int = 24
    invitation_days: int = 14
    jobs_mode: Literal["thread", "eager", "queue"] = "thread"
    # With jobs_mode=queue: redis://host:6379/0 or amqp://user:pass@host:5672/
    broker_url: str | None = None
    # The queue's name (and the Redis key prefix): installations sharing a broker use different ones.
    broker_namespace: str = "alongside"
    # Run the periodic jobs (delivery retries, escalation, silence) inside the web process.
    scheduler: bool = True
    # Outgoing e-mail for alerts; no host means e-mail notifications are kept as "not configured".
    smtp_host: str | None = None
    smtp_port: int = 587
    smtp_user: str | None = None
    smtp_password: SecretStr | None = None
    smtp_from: str = "alongside@localhost"
    smtp_starttls: bool = True
    smtp_timeout: float = 10.0
    webhook_timeout: float = 5.0
    # --- Reminders (careplan/service/reminder_*.py) -------------------------------------------------
    # The planning job writes each rule's reminders this many hours ahead (the random time of a day is
    # chosen then and kept), every reminder_plan_seconds; the dispatch job sends the due ones every
    # reminder_dispatch_seconds. After downtime, missed reminders up to reminder_backfill_days back are
    # recorded: sent once if still inside their expiry window, otherwise marked expired.
    reminder_planning_horizon_hours: int = Field(default=36, ge=1, le=24 * 14)
    reminder_plan_seconds: float = 300.0
    reminder_dispatch_seconds: float = 30.0
    reminder_backfill_days: int = Field(default=7, ge=0, le=31)
    # Web push (VAPID). With no key pair, web push is off: no subscribe button, nothing is sent.
    # Make a pair with `alongside careplan vapid-keys`; the public key is the browser's
    # applicationServerKey (base64url, uncompressed P-256 point), the private key is base64url raw.
    vapid_private_key: SecretStr | None = None
    vapid_public_key: str | None = None
    vapid_subject: str = "mailto:alongside@localhost"
    push_timeout: float = 10.0
    # -------------------------------------------------------------------------------------------------
    log_sql: bool = False
    # The learned layer of risk screening (can only raise the rule layer's level); "off" disables it.
    screening_model: bool = True
    # Session transcripts: the largest upload (bytes) and the most lines one transcript may have.
    transcript_max_bytes: int = 2_000_000
    transcript_max_lines: int = 5000
    # A TrueType font with the glyphs of Dutch and English text for the PDF export. When unset, the
    # DejaVu Sans of Debian's fonts-dejavu-core (and a few other usual places) is used if found; without
    # any, the PDF falls back to a built-in Latin-1 font and replaces other characters.
    pdf_font: Path | None = None

    # --- AI backend and the companion -----------------------------------------------------------------
    # Any OpenAI-compatible chat endpoint (Ollama http://127.0.0.1:11434/v1, vLLM, llama.cpp server, a
    # hosted service). Unset (the default): no text leaves the installation and the companion answers
    # with its embedded responder. Used through alongside.llm only.
    llm_base_url: str | None = None
    llm_api_key: SecretStr | None = None
    llm_model: str = "llama3.1:8b"
    # Whole-answer limit (also for a stream), and the limit for opening the connection.
    llm_timeout_seconds: float = 20.0
    llm_connect_timeout_seconds: float = 3.0
    # True only when the endpoint runs inside the installation: otherwise names, e-mail addresses, phone
    # numbers, addresses and dates (of birth) are replaced before any text is sent, and put back after.
    llm_endpoint_local: bool = False
    llm_max_tokens: int = 400
    llm_temperature: float = 0.4
    # The companion may use the endpoint for non-risk replies (crisis replies are never generated).
    companion_llm: bool = True
    # Session notes may be drafted by the endpoint (abstractively, every sentence checked against the
    # lines it cites); otherwise, or when its draft cannot be used, the extractive drafter writes them.
    notes_llm: bool = True
    # Models made by `alongside tutor train` (a directory each), used in place of the shipped tutor
    # models by the app and the commands; None keeps the shipped ones.
    tutor_empathy_model: Path | None = None
    tutor_mi_model: Path | None = None
    # Minutes of companion use in one day after which it suggests a break and other support.
    companion_heavy_use_minutes: int = 60
    # Crisis lines for a client whose country is unknown (None: the international directories).
    companion_default_country: str | None = None

    @field_validator("data_dir", mode="after")
    @classmethod
    def _absolute(cls, value: Path) -> Path:
        return value.expanduser().resolve()

    @property
    def sqlalchemy_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{self.data_dir / 'alongside.db'}"

    @property
    def resolved_key_file(self) -> Path:
        return self.key_file or self.data_dir / "encryption-keys.json"


settings = Settings()


def reload_settings(**overrides: object) -> Settings:
    """Re-read the environment (tests and the CLI use this after changing variables)."""
    global settings
    fresh = Settings(**overrides)  # type: ignore[arg-type]
    for name in Settings.model_fields:
        setattr(settings, name, getattr(fresh, name))
    return settings
