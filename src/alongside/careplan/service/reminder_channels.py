"""Sending a reminder by e-mail (through kit.mail, the SMTP client safety's outbox uses too) and by
web push (pywebpush, VAPID keys from the settings).

What leaves the installation says only that there is a reminder and of which kind, with a link: no
homework title, no questionnaire name, nothing the client wrote. A web push carries a time-to-live of
the time left until the reminder expires, so a push service that holds it (the phone was off) drops
it instead of delivering it late. Without VAPID keys web push is off: nothing is offered or sent.
"""

from __future__ import annotations

import json
from datetime import datetime

from alongside.accounts.models import User
from alongside.careplan.models import PushSubscription, ReminderKind, ReminderOccurrence
from alongside.config import settings
from alongside.kit import i18n, mail

GONE = (404, 410)  # the push service forgot the subscription: the browser unsubscribed or expired it


class DeliveryFailed(Exception):
    """Not delivered; ``permanent`` when trying again cannot help (no address, subscription gone)."""

    def __init__(self, message: str, *, permanent: bool = False) -> None:
        super().__init__(message)
        self.permanent = permanent


def push_available() -> bool:
    return bool(
        settings.vapid_private_key and settings.vapid_private_key.get_secret_value() and settings.vapid_public_key
    )


def email_available() -> bool:
    return mail.configured()


def reminder_text(kind: ReminderKind, locale: str) -> str:
    texts = i18n.translations(locale)
    if kind == ReminderKind.CHECKIN:
        return texts.gettext("Time for a check-in: how are you feeling right now?")
    if kind == ReminderKind.QUESTIONNAIRE:
        return texts.gettext("A questionnaire from your therapist is waiting for you.")
    return texts.gettext("A reminder for your homework.")


def open_path(occurrence_id: int) -> str:
    return f"/reminders/{occurrence_id}/open"


def _locale(user: User) -> str:
    return user.locale if user.locale in i18n.LOCALES else settings.default_locale


def send_email(user: User, occurrence: ReminderOccurrence) -> None:
    if not user.email:
        raise DeliveryFailed("the client has no e-mail address", permanent=True)
    locale = _locale(user)
    texts = i18n.translations(locale)
    link = settings.base_url.rstrip("/") + open_path(occurrence.id)
    settings_link = settings.base_url.rstrip("/") + "/reminders/settings"
    body = "\n\n".join(
        [
            reminder_text(occurrence.kind, locale),
            texts.gettext("Open it in Alongside: %(link)s") % {"link": link},
            texts.gettext("You can change or turn off your reminders at %(link)s") % {"link": settings_link},
            texts.gettext("This message contains no clinical details."),
        ]
    )
    try:
        mail.send_email(user.email, texts.gettext("Alongside: a reminder"), body)
    except mail.MailError as exc:
        raise DeliveryFailed(str(exc)) from exc


def push_payload(occurrence: ReminderOccurrence, locale: str) -> str:
    return json.dumps(
        {
            "title": "Alongside",
            "body": reminder_text(occurrence.kind, locale),
            "url": open_path(occurrence.id),
            "tag": f"reminder-{occurrence.id}",
        }
    )


def send_push(user: User, subscription: PushSubscription, occurrence: ReminderOccurrence, now: datetime) -> None:
    """One web push; raises ``DeliveryFailed`` (permanent when the subscription is gone)."""
    if not push_available():
        raise DeliveryFailed("web push is not configured (ALONGSIDE_VAPID_*)", permanent=True)
    from pywebpush import WebPushException, webpush
    from requests import RequestException

    ttl = max(0, int((occurrence.expires_at - now).total_seconds()))
    private_key = settings.vapid_private_key.get_secret_value() if settings.vapid_private_key else ""
    try:
        webpush(
            subscription_info={
                "endpoint": subscription.endpoint,
                "keys": {"p256dh": subscription.p256dh, "auth": subscription.auth},
            },
            data=push_payload(occurrence, _locale(user)),
            vapid_private_key=private_key,
            vapid_claims={"sub": settings.vapid_subject},
            ttl=ttl,
            timeout=settings.push_timeout,
        )
    except WebPushException as exc:
        status = exc.response.status_code if exc.response is not None else None
        raise DeliveryFailed(f"web push failed: {status or exc}", permanent=status in GONE) from exc
    except (RequestException, ValueError) as exc:
        raise DeliveryFailed(f"web push failed: {exc.__class__.__name__}: {exc}") from exc
