namespace CxOkr.Journeys;

/// <summary>The channel through which a <see cref="Touchpoint"/> reaches its audience.</summary>
public enum Channel
{
    /// <summary>A web site.</summary>
    Web,

    /// <summary>A mobile or desktop app.</summary>
    App,

    /// <summary>E-mail.</summary>
    Email,

    /// <summary>A phone call.</summary>
    Phone,

    /// <summary>Live or automated chat.</summary>
    Chat,

    /// <summary>A physical store or branch.</summary>
    Store,

    /// <summary>A field visit (technician, sales representative).</summary>
    Field,

    /// <summary>Any other channel.</summary>
    Other,
}
