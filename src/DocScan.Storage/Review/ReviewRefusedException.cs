namespace DocScan.Storage.Review;

public enum ReviewRefusal
{
    /// <summary>The caller lacks the role.</summary>
    Forbidden,

    /// <summary>The action needs a written reason.</summary>
    ReasonRequired,

    NotFound,

    /// <summary>Someone already decided, or the document never waited for a reviewer.</summary>
    AlreadyDecided,

    /// <summary>The request names something that does not exist on the document (a finding, a draft).</summary>
    Invalid,
}

/// <summary>An action the service will not take; the message is for the person (Traditional Chinese).</summary>
public sealed class ReviewRefusedException(ReviewRefusal refusal, string message) : Exception(message)
{
    public ReviewRefusal Refusal { get; } = refusal;
}
