namespace DocScan.Language.TextAnalytics;

/// <summary>A PII category of the service, as an extensible string: the service adds categories without a new client.</summary>
public readonly struct PiiEntityCategory : IEquatable<PiiEntityCategory>
{
    private readonly string _value;

    public PiiEntityCategory(string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(value);
        _value = value;
    }

    public static PiiEntityCategory Person { get; } = new("Person");

    public static PiiEntityCategory PhoneNumber { get; } = new("PhoneNumber");

    public static PiiEntityCategory Email { get; } = new("Email");

    public static PiiEntityCategory Address { get; } = new("Address");

    /// <summary>Taiwan national identification number (身分證統一編號).</summary>
    public static PiiEntityCategory TWNationalId { get; } = new("TWNationalID");

    /// <summary>Taiwan resident certificate (居留證統一證號).</summary>
    public static PiiEntityCategory TWResidentCertificate { get; } = new("TWResidentCertificate");

    /// <summary>Taiwan passport number.</summary>
    public static PiiEntityCategory TWPassportNumber { get; } = new("TWPassportNumber");

    public static bool operator ==(PiiEntityCategory left, PiiEntityCategory right) => left.Equals(right);

    public static bool operator !=(PiiEntityCategory left, PiiEntityCategory right) => !left.Equals(right);

    public static implicit operator PiiEntityCategory(string value) => new(value);

    public bool Equals(PiiEntityCategory other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

    public override bool Equals(object? obj) => obj is PiiEntityCategory other && Equals(other);

    public override int GetHashCode() => _value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

    public override string ToString() => _value ?? "";
}
