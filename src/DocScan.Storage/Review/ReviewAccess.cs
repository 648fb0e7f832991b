namespace DocScan.Storage.Review;

/// <summary>Roles are checked by the review services, not by the hosts: reviewers decide, auditors only read.</summary>
internal static class ReviewAccess
{
    public static void Require(ReviewCaller caller, params string[] roles)
    {
        if (string.IsNullOrWhiteSpace(caller.Name) || !roles.Any(caller.Has))
        {
            throw new ReviewRefusedException(ReviewRefusal.Forbidden, $"此操作需要角色：{string.Join("／", roles)}。");
        }
    }
}
