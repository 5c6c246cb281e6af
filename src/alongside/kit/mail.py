"""Outgoing e-mail over SMTP, one client for every domain (safety's alert outbox, reminders).

``send_email`` raises ``MailError`` with a reason fit to keep on the outbox row; it never retries:
the callers decide whether and when to try again.
"""

from __future__ import annotations

import smtplib
from email.message import EmailMessage

from alongside.config import settings


class MailError(Exception):
    """The message was not handed to the SMTP server; the text says why."""


def configured() -> bool:
    return bool(settings.smtp_host)


def send_email(to: str, subject: str, body: str) -> None:
    if not settings.smtp_host:
        raise MailError("e-mail is not configured (ALONGSIDE_SMTP_HOST)")
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = settings.smtp_from, to, subject
    msg.set_content(body)
    try:
        with smtplib.SMTP(settings.smtp_host, settings.smtp_port, timeout=settings.smtp_timeout) as smtp:
            if settings.smtp_starttls:
                smtp.starttls()
            if settings.smtp_user and settings.smtp_password:
                smtp.login(settings.smtp_user, settings.smtp_password.get_secret_value())
            smtp.send_message(msg)
    except (OSError, smtplib.SMTPException) as exc:
        raise MailError(f"e-mail failed: {exc}") from exc
