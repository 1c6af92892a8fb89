"""Seed questionnaire version 1.

The questions are written out here rather than imported, so this migration means the same
thing forever. Idempotent: running it on a database that already has version 1 changes
nothing, and it only becomes current when no other version is.
"""

from django.db import migrations


def _options(*pairs):
    return [{"key": key, "text": text} for key, text in pairs]


def _scale(key, text, required=True):
    return {"key": key, "text": text, "kind": "scale_1_5", "options": [], "required": required}


VERSION_1 = [
    _scale("social_energy", "Time with other people recharges me more than time alone."),
    {
        "key": "conversation_style",
        "text": "Which kind of conversation do you enjoy most?",
        "kind": "single_choice",
        "options": _options(
            ("deep", "Deep and reflective"),
            ("light", "Light and playful"),
            ("practical", "Practical, solving things together"),
            ("stories", "Swapping stories and experiences"),
        ),
        "required": True,
    },
    {
        "key": "interests",
        "text": "Which topics could you talk about for hours?",
        "kind": "multiple_choice",
        "options": _options(
            ("books", "Books"),
            ("film", "Film and series"),
            ("music", "Music"),
            ("sports", "Sports"),
            ("travel", "Travel"),
            ("tech", "Technology"),
            ("food", "Food and cooking"),
            ("nature", "Nature and outdoors"),
            ("games", "Games"),
            ("art", "Art and design"),
            ("science", "Science"),
            ("wellbeing", "Health and wellbeing"),
        ),
        "required": True,
    },
    _scale("listening", "I would rather listen than talk."),
    _scale("directness", "I say what I think, even when it is uncomfortable."),
    {
        "key": "support_style",
        "text": "When you share a problem, what helps you most?",
        "kind": "single_choice",
        "options": _options(
            ("listen", "Someone who just listens"),
            ("advice", "Concrete advice"),
            ("perspective", "A different perspective"),
            ("distraction", "Taking my mind off it"),
        ),
        "required": True,
    },
    _scale("planning", "I like to plan ahead rather than go with the flow."),
    {
        "key": "humor",
        "text": "Which sense of humor is closest to yours?",
        "kind": "single_choice",
        "options": _options(
            ("dry", "Dry and understated"),
            ("silly", "Silly and playful"),
            ("witty", "Quick and witty"),
            ("dark", "Dark"),
            ("gentle", "Gentle and warm"),
        ),
        "required": False,
    },
    {
        "key": "friendship_values",
        "text": "What matters most to you in a friendship?",
        "kind": "multiple_choice",
        "options": _options(
            ("honesty", "Honesty"),
            ("loyalty", "Loyalty"),
            ("humor", "Humor"),
            ("curiosity", "Curiosity"),
            ("kindness", "Kindness"),
            ("reliability", "Reliability"),
            ("openness", "Open-mindedness"),
        ),
        "required": True,
    },
    _scale("novelty", "I enjoy trying new things and meeting people unlike me."),
]


def seed(apps, schema_editor):
    QuestionnaireVersion = apps.get_model("personality", "QuestionnaireVersion")
    has_current = QuestionnaireVersion.objects.filter(is_current=True).exists()
    QuestionnaireVersion.objects.get_or_create(
        number=1, defaults={"questions": VERSION_1, "is_current": not has_current}
    )


class Migration(migrations.Migration):
    dependencies = [("personality", "0001_initial")]

    # Reversing keeps the data: answers point at version 1 and must not be orphaned.
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
