def delete_bucket(
    self, *, bucket_name: str, force_delete: bool | None = None
) -> DeleteBucketResult:
    """Deletes a Amazon Lightsail bucket.

    Note:
        When you delete your bucket, the bucket name is released and can be
        reused for a new bucket in your account or another Amazon Web
        Services account.

    Args:
        bucket_name: Required. The name of the bucket to delete.

            Use the
            [GetBuckets](https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_GetBuckets.html)
            action to get a list of bucket names that you can specify.
        force_delete: A Boolean value that indicates whether to force delete the
            bucket.

            You must force delete the bucket if it has one of the following
            conditions:

            - The bucket is the origin of a distribution.
            - The bucket has instances that were granted access to it using the
              [SetResourceAccessForBucket](https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_SetResourceAccessForBucket.html)
              action.
            - The bucket has objects.
            - The bucket has access keys.

            Important:
                Force deleting a bucket might impact other resources that rely on
                the bucket, such as instances, distributions, or software that use
                the issued access keys.

    Returns:
        DeleteBucketResult: The parsed response. Its attributes (``None`` when the
            response leaves one out):

            - ``operations`` (``list[Operation]``): An array of objects that
              describe the result of the action, such as the status of the request,
              the timestamp of the request, and the resources affected by the
              request.

    Raises:
        AccessDeniedException: Lightsail throws this exception when the user cannot
            be authenticated or uses invalid credentials to access a resource.
        InvalidInputException: Lightsail throws this exception when user input does
            not conform to the validation rules of an input field.
        NotFoundException: Lightsail throws this exception when it cannot find a
            resource.
        ServiceException: A general service exception.
        UnauthenticatedException: Lightsail throws this exception when the user has
            not been authenticated.
        RegionSetupInProgressException: Lightsail throws this exception when an
            operation is performed on resources in an opt-in Region that is
            currently being set up.
    """
