"""Who may create, update and publish a translation: the rights of the target, never just the right to translate.

wagtail-localize asks only for `submit_translation` before it creates and publishes translations. These
rules add what Wagtail asks of anyone who edits and publishes the same objects by hand: page
permissions in the target locale's tree (so the moderation workflow holds for those without publish),
and snippet permissions per model. A translated tree follows the shape of its source: translators
translate and publish in it, and only those who may delete or move a page in the source tree may do so
in a translated one.
"""

from wagtail.models import DraftStateMixin, Page
from wagtail.snippets.permissions import get_permission_name
from wagtail_localize.models import LocaleSynchronization


def may_publish(user, instance):
    """Whether user may put instance live: publish a page or a snippet with drafts, change any other snippet."""
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_publish()
    action = "publish" if isinstance(instance, DraftStateMixin) else "change"
    return user.has_perm(get_permission_name(action, type(instance)))


def may_edit(user, instance):
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_edit()
    return user.has_perm(get_permission_name("change", type(instance)))


def may_submit_into(user, source, locale):
    """Whether user may create source's translation into locale: wagtail-localize publishes it when the source is live,
    and turns an alias into a translation of its own, so it takes the right to publish there."""
    if not isinstance(source, Page):
        return user.has_perm(get_permission_name("add", type(source)))
    existing = source.get_translation_or_none(locale)
    if existing is not None:
        return may_publish(user, existing)
    parent = source.get_parent().get_translation_or_none(locale)
    return parent is not None and parent.permissions_for_user(user).can_publish_subpage()


def may_update_translations(user, source, targets, publish):
    """Whether user may refresh source's translations: publishing them takes the right to publish every one of them;
    refreshing the strings only takes the right to edit the source or one of them."""
    if publish:
        return all(may_publish(user, target) for target in targets)
    return may_edit(user, source) or any(may_edit(user, target) for target in targets)


def may_restructure(user, page):
    """Whether user may delete or move page: in a tree synchronised from another locale, the same right over the
    page's source (or, for a page of that tree alone, over the source tree's home page) is needed too."""
    synchronisation = LocaleSynchronization.objects.filter(locale_id=page.locale_id).first()
    if synchronisation is None:
        return True
    source = page.get_translation_or_none(synchronisation.sync_from_id)
    if source is None:
        source = Page.objects.get(depth=2, locale_id=synchronisation.sync_from_id)
    return source.permissions_for_user(user).can_move()
