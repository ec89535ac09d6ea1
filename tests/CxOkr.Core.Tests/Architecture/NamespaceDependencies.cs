using System.Collections.Immutable;
using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace CxOkr.Tests.Architecture;

/// <summary>
/// The namespace-to-namespace edges inside one assembly, read from its metadata: base types, interfaces,
/// field, method, property and local-variable signatures, and every type, method and field token in the
/// method bodies (so a call inside a lambda or an async method counts for the type that declares it).
/// Compiler-generated nested types count for the namespace of their outermost declaring type.
/// </summary>
internal sealed class NamespaceDependencies
{
    private static readonly Dictionary<short, OperandType> OperandTypes = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(static f => (OpCode)f.GetValue(null)!)
        .ToDictionary(static o => o.Value, static o => o.OperandType);

    private readonly MetadataReader _reader;
    private readonly Dictionary<(string From, string To), string> _edges = [];

    private NamespaceDependencies(MetadataReader reader) => _reader = reader;

    /// <summary>Each edge between two different namespaces, with one type that makes it ("A.B uses C.D").</summary>
    public IReadOnlyDictionary<(string From, string To), string> Edges => _edges;

    /// <summary>The namespaces that declare at least one type.</summary>
    public ImmutableSortedSet<string> Namespaces { get; private set; } = [];

    /// <summary>Reads the edges of an assembly file.</summary>
    public static NamespaceDependencies Read(string assemblyPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        var dependencies = new NamespaceDependencies(pe.GetMetadataReader());
        dependencies.Collect(pe);
        return dependencies;
    }

    private void Collect(PEReader pe)
    {
        var namespaces = ImmutableSortedSet.CreateBuilder<string>(StringComparer.Ordinal);
        var provider = new TypeCollector(this);
        foreach (var handle in _reader.TypeDefinitions)
        {
            var type = _reader.GetTypeDefinition(handle);
            var from = NamespaceOf(handle);
            if (from.Length == 0 || from.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal) || from.StartsWith("System", StringComparison.Ordinal))
            {
                continue;   // <Module>, embedded compiler attributes
            }

            namespaces.Add(from);
            var user = $"{from}.{_reader.GetString(type.Name)}";
            var used = new HashSet<TypeDefinitionHandle>();
            provider.Target = used;
            AddTypeOrNull(type.BaseType, used, provider);
            foreach (var i in type.GetInterfaceImplementations())
            {
                AddTypeOrNull(_reader.GetInterfaceImplementation(i).Interface, used, provider);
            }

            foreach (var f in type.GetFields())
            {
                _reader.GetFieldDefinition(f).DecodeSignature(provider, genericContext: null);
            }

            foreach (var p in type.GetProperties())
            {
                _reader.GetPropertyDefinition(p).DecodeSignature(provider, genericContext: null);
            }

            foreach (var m in type.GetMethods())
            {
                var method = _reader.GetMethodDefinition(m);
                method.DecodeSignature(provider, genericContext: null);
                if (method.RelativeVirtualAddress != 0)
                {
                    var body = pe.GetMethodBody(method.RelativeVirtualAddress);
                    if (!body.LocalSignature.IsNil)
                    {
                        _reader.GetStandaloneSignature(body.LocalSignature).DecodeLocalSignature(provider, genericContext: null);
                    }

                    ScanIl(body.GetILBytes()!, used, provider);
                }
            }

            foreach (var target in used)
            {

                var to = NamespaceOf(target);
                if (to != from && to.Length > 0)
                {
                    _edges.TryAdd((from, to), user);
                }
            }
        }

        Namespaces = namespaces.ToImmutable();
    }

    private void ScanIl(byte[] il, HashSet<TypeDefinitionHandle> used, TypeCollector provider)
    {
        var i = 0;
        while (i < il.Length)
        {
            short value = il[i++];
            if (value == 0xFE)
            {
                value = unchecked((short)(0xFE00 | il[i++]));
            }

            var operand = OperandTypes[value];
            switch (operand)
            {
                case OperandType.InlineNone:
                    break;
                case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                    i += 1;
                    break;
                case OperandType.InlineVar:
                    i += 2;
                    break;
                case OperandType.InlineI8 or OperandType.InlineR:
                    i += 8;
                    break;
                case OperandType.InlineSwitch:
                    var count = BitConverter.ToInt32(il, i);
                    i += 4 + (4 * count);
                    break;
                case OperandType.InlineField or OperandType.InlineMethod or OperandType.InlineTok or OperandType.InlineType:
                    AddToken(BitConverter.ToInt32(il, i), used, provider);
                    i += 4;
                    break;
                default:
                    i += 4;   // InlineI, InlineBrTarget, InlineString, InlineSig, ShortInlineR
                    break;
            }
        }
    }

    private void AddToken(int token, HashSet<TypeDefinitionHandle> used, TypeCollector provider)
    {
        var handle = MetadataTokens.EntityHandle(token);
        switch (handle.Kind)
        {
            case HandleKind.TypeDefinition or HandleKind.TypeReference or HandleKind.TypeSpecification:
                AddTypeOrNull(handle, used, provider);
                break;
            case HandleKind.MethodDefinition:
                var method = _reader.GetMethodDefinition((MethodDefinitionHandle)handle);
                used.Add(method.GetDeclaringType());
                method.DecodeSignature(provider, genericContext: null);
                break;
            case HandleKind.FieldDefinition:
                used.Add(_reader.GetFieldDefinition((FieldDefinitionHandle)handle).GetDeclaringType());
                break;
            case HandleKind.MemberReference:
                var member = _reader.GetMemberReference((MemberReferenceHandle)handle);
                AddTypeOrNull(member.Parent, used, provider);
                if (member.GetKind() == MemberReferenceKind.Method)
                {
                    member.DecodeMethodSignature(provider, genericContext: null);
                }
                else
                {
                    member.DecodeFieldSignature(provider, genericContext: null);
                }

                break;
            case HandleKind.MethodSpecification:
                var specification = _reader.GetMethodSpecification((MethodSpecificationHandle)handle);
                AddToken(MetadataTokens.GetToken(specification.Method), used, provider);
                specification.DecodeSignature(provider, genericContext: null);
                break;
        }
    }

    private void AddTypeOrNull(EntityHandle handle, HashSet<TypeDefinitionHandle> used, TypeCollector provider)
    {
        if (handle.IsNil)
        {
            return;   // an interface's base type
        }

        switch (handle.Kind)
        {
            case HandleKind.TypeDefinition:
                used.Add((TypeDefinitionHandle)handle);
                break;
            case HandleKind.TypeSpecification:
                _reader.GetTypeSpecification((TypeSpecificationHandle)handle).DecodeSignature(provider, genericContext: null);
                break;
            case HandleKind.MethodDefinition:
                used.Add(_reader.GetMethodDefinition((MethodDefinitionHandle)handle).GetDeclaringType());
                break;
        }
    }

    private string NamespaceOf(TypeDefinitionHandle handle)
    {
        var type = _reader.GetTypeDefinition(handle);
        while (type.IsNested)
        {
            type = _reader.GetTypeDefinition(type.GetDeclaringType());
        }

        return _reader.GetString(type.Namespace);
    }

    /// <summary>Decodes signatures, adding every type of this assembly they mention to <see cref="Target"/>.</summary>
    private sealed class TypeCollector(NamespaceDependencies owner) : ISignatureTypeProvider<int, object?>
    {
        public HashSet<TypeDefinitionHandle> Target { get; set; } = [];

        public int GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind)
        {
            Target.Add(handle);
            return 0;
        }

        public int GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind)
        {
            owner._reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);
            return 0;
        }

        public int GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => 0;

        public int GetArrayType(int elementType, ArrayShape shape) => 0;

        public int GetByReferenceType(int elementType) => 0;

        public int GetFunctionPointerType(MethodSignature<int> signature) => 0;

        public int GetGenericInstantiation(int genericType, ImmutableArray<int> typeArguments) => 0;

        public int GetGenericMethodParameter(object? genericContext, int index) => 0;

        public int GetGenericTypeParameter(object? genericContext, int index) => 0;

        public int GetModifiedType(int modifier, int unmodifiedType, bool isRequired) => 0;

        public int GetPinnedType(int elementType) => 0;

        public int GetPointerType(int elementType) => 0;

        public int GetPrimitiveType(PrimitiveTypeCode typeCode) => 0;

        public int GetSZArrayType(int elementType) => 0;
    }
}
