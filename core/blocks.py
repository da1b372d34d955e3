"""The one StreamField block set every page type shares."""

from django.core.exceptions import ValidationError
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["h3", "h4", "bold", "italic", "link", "document-link", "ol", "ul"]

# Block types the Multimedia page gathers from news pages.
MEDIA_BLOCK_TYPES = ("gallery", "embed")


class HeadingBlock(blocks.CharBlock):
    class Meta:
        icon = "title"
        label = _("Heading")
        template = "blocks/heading_block.html"
        description = _("A section heading")
        preview_value = "Aktualności z tematu"


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        super().__init__(features=RICH_TEXT_FEATURES, **kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Paragraph")
        template = "blocks/paragraph_block.html"
        description = _("Formatted text with links and lists")
        preview_value = "<p>Związek Miast Polskich zaprasza przedstawicieli miast do udziału w szkoleniach.</p>"


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    # Here rather than only in the image library, so that each translation says it in its language.
    alt_text = blocks.CharBlock(
        required=False,
        label=_("Alternative text"),
        help_text=_("What the image shows, for people who cannot see it; defaults to the image's description"),
    )
    caption = blocks.CharBlock(required=False, label=_("Caption"))

    def clean(self, value):
        """The alternative text is the block's, else the image's description; one of them must say something."""
        value = super().clean(value)
        if value["image"] is not None and not value["alt_text"] and not value["image"].description:
            raise blocks.StructBlockValidationError(
                block_errors={
                    "alt_text": ValidationError(
                        _("Say what the image shows: it has no description in the image library to fall back on.")
                    )
                }
            )
        return value

    class Meta:
        icon = "image"
        label = _("Image with caption")
        template = "blocks/image_block.html"
        description = _("One image with its alternative text and an optional caption")


class GalleryBlock(blocks.StructBlock):
    title = blocks.CharBlock(required=False, label=_("Title"))
    images = blocks.ListBlock(ImageBlock(), min_num=1, label=_("Images"))

    class Meta:
        icon = "doc-full"
        label = _("Gallery")
        template = "blocks/gallery_block.html"
        description = _("A set of photographs shown as a grid")


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(required=False, label=_("Who said it"))

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "blocks/quote_block.html"
        description = _("A quotation with the name of its author")
        preview_value = {"text": "Współpraca miast to siła samorządu.", "attribution": "Związek Miast Polskich"}


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(required=False, label=_("Link text"), help_text=_("Defaults to the document title"))

    class Meta:
        icon = "doc-full-inverse"
        label = _("Document link")
        template = "blocks/document_link_block.html"
        description = _("A download link with the file format and size")


class VideoBlock(blocks.StructBlock):
    video = EmbedBlock(label=_("Video or other embed URL"))
    caption = blocks.CharBlock(required=False, label=_("Caption"))

    class Meta:
        icon = "media"
        label = _("Embed")
        template = "blocks/embed_block.html"
        description = _("A video or other media from a URL (YouTube, Vimeo …)")


class CallToActionBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Text"))
    page = blocks.PageChooserBlock(required=False, label=_("Page"))
    url = blocks.URLBlock(required=False, label=_("Or an external address"))
    button_label = blocks.CharBlock(label=_("Button label"))

    class Meta:
        icon = "pick"
        label = _("Call to action")
        template = "blocks/call_to_action_block.html"
        description = _("A highlighted invitation with one button")
        preview_value = {
            "text": "Zapisz się na bezpłatne szkolenia SMUP",
            "url": "https://example.org/",
            "button_label": "Zapisz się",
        }

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            raise blocks.StructBlockValidationError(
                block_errors={"url": ValidationError(_("Choose either a page or an external address."))}
            )
        return value


class BaseStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = ImageBlock()
    gallery = GalleryBlock()
    quote = QuoteBlock()
    document = DocumentLinkBlock()
    embed = VideoBlock()
    call_to_action = CallToActionBlock()

    def clean(self, value):
        """An empty paragraph is dropped rather than refused: a new news item opens on one, and an editor
        who writes other blocks instead should not have to find and remove it."""
        kept = [(child.block_type, child.value, child.id) for child in value if not is_empty_paragraph(child)]
        return super().clean(blocks.StreamValue(self, kept))


def is_empty_paragraph(child):
    return child.block_type == "paragraph" and not strip_tags(child.value.source).strip()
