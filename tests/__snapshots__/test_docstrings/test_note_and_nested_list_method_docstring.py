def put_thing(
    self,
    *,
    thing: Thing | ThingDict,
    dry_run: bool | None = None,
    legacy_flag: bool | None = None,
) -> PutThingResult:
    """Stores a ``Thing``.

    Note:
        Things with the same name are replaced.

    - first
      - nested
    - second

    Args:
        thing: Required. The thing to store.
        dry_run: Only validate.
        legacy_flag: Deprecated. Ignored.

    Returns:
        PutThingResult: The parsed response. Its attributes (``None`` when the
            response leaves one out):

            - ``thing`` (``Thing``)
            - ``stored_at`` (``datetime``)

    Raises:
        ThingNotFoundException: No thing has that name.
        ValidationProblem: The input is invalid.
    """
