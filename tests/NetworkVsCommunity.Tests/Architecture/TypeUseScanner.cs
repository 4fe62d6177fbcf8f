using System.Collections.Immutable;
using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using System.Text;

namespace NetworkVsCommunity.Tests.Architecture;

/// <summary>One use of a type by another type of the same assembly, found in the metadata or the IL.</summary>
/// <param name="From">Full name of the top-level type that holds the use (nested and compiler-generated types count as
/// their outermost declaring type, so a lambda's closure class counts as the method that wrote the lambda).</param>
/// <param name="To">Full name of the top-level type used.</param>
/// <param name="Where">Where the use is: "base type", "field _x", "method M body", "attribute on method M", ….</param>
/// <param name="ViaAttribute">Full name of the custom attribute whose constructor or arguments make the use, or null.</param>
internal sealed record TypeUse(string From, string To, string Where, string? ViaAttribute);

/// <summary>
/// Lists every reference from one type of an assembly to another type of the same assembly by reading the file with
/// System.Reflection.Metadata: base types, interfaces, generic constraints, field types, method and property signatures,
/// events, custom attributes (constructor and <c>typeof</c> arguments) and, in method bodies, local variables, catch
/// types and every token the IL names (types, fields, methods, generic instantiations, calli signatures).
/// </summary>
/// <remarks>
/// Nothing is loaded or run. References to other assemblies (System.*, MathNet) are outside the question and skipped.
/// A <c>typeof</c> argument of an attribute is stored as a serialized type name; the scan finds it by name in the
/// attribute's value blob, so a string argument spelling a type's full name also counts (conservative on purpose).
/// </remarks>
internal static class TypeUseScanner
{
    private static readonly Dictionary<short, OperandType> OperandTypes = BuildOperandTable();

    public static IReadOnlyList<TypeUse> Scan(string assemblyPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        MetadataReader md = pe.GetMetadataReader();
        var scan = new Walk(md, pe);
        foreach (TypeDefinitionHandle type in md.TypeDefinitions)
        {
            scan.Type(type);
        }
        return scan.Found;
    }

    /// <summary>Full names of the top-level types defined in the assembly.</summary>
    public static IReadOnlyList<string> TopLevelTypes(string assemblyPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        MetadataReader md = pe.GetMetadataReader();
        return md.TypeDefinitions.Where(t => md.GetTypeDefinition(t).GetDeclaringType().IsNil).Select(t => FullName(md, t)).ToList();
    }

    private static string FullName(MetadataReader md, TypeDefinitionHandle handle)
    {
        TypeDefinition t = md.GetTypeDefinition(handle);
        string name = md.GetString(t.Name);
        TypeDefinitionHandle outer = t.GetDeclaringType();
        if (!outer.IsNil)
        {
            return FullName(md, outer) + "+" + name;
        }
        string ns = md.GetString(t.Namespace);
        return ns.Length == 0 ? name : ns + "." + name;
    }

    private static Dictionary<short, OperandType> BuildOperandTable()
    {
        var table = new Dictionary<short, OperandType>();
        foreach (FieldInfo f in typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            if (f.GetValue(null) is OpCode op)
            {
                table[op.Value] = op.OperandType;
            }
        }
        return table;
    }

    private sealed class Walk
    {
        private readonly MetadataReader _md;
        private readonly PEReader _pe;
        private readonly Types _types;
        private readonly Dictionary<string, TypeDefinitionHandle> _topLevelByName = new(StringComparer.Ordinal);
        private readonly int _shortestName;
        private string _from = "";

        public Walk(MetadataReader md, PEReader pe)
        {
            _md = md;
            _pe = pe;
            _types = new Types(md);
            foreach (TypeDefinitionHandle t in md.TypeDefinitions)
            {
                _topLevelByName[FullName(md, t)] = t;
            }
            _shortestName = _topLevelByName.Keys.Min(k => k.Length);
        }

        public List<TypeUse> Found { get; } = [];

        public void Type(TypeDefinitionHandle handle)
        {
            TypeDefinition t = _md.GetTypeDefinition(handle);
            _from = FullName(_md, TopLevel(handle));
            Add(Resolve(t.BaseType), "base type");
            foreach (InterfaceImplementationHandle i in t.GetInterfaceImplementations())
            {
                InterfaceImplementation impl = _md.GetInterfaceImplementation(i);
                Add(Resolve(impl.Interface), "interface");
                Attributes(impl.GetCustomAttributes(), "interface attribute");
            }
            Attributes(t.GetCustomAttributes(), "attribute on the type");
            GenericParameters(t.GetGenericParameters(), "type");
            foreach (FieldDefinitionHandle f in t.GetFields())
            {
                FieldDefinition field = _md.GetFieldDefinition(f);
                string where = "field " + _md.GetString(field.Name);
                Add(field.DecodeSignature(_types, null), where);
                Attributes(field.GetCustomAttributes(), "attribute on " + where);
            }
            foreach (PropertyDefinitionHandle p in t.GetProperties())
            {
                PropertyDefinition property = _md.GetPropertyDefinition(p);
                string where = "property " + _md.GetString(property.Name);
                MethodSignature<ImmutableArray<TypeDefinitionHandle>> sig = property.DecodeSignature(_types, null);
                Add(sig.ReturnType, where);
                foreach (var parameter in sig.ParameterTypes)
                {
                    Add(parameter, where);
                }
                Attributes(property.GetCustomAttributes(), "attribute on " + where);
            }
            foreach (EventDefinitionHandle e in t.GetEvents())
            {
                EventDefinition ev = _md.GetEventDefinition(e);
                string where = "event " + _md.GetString(ev.Name);
                Add(Resolve(ev.Type), where);
                Attributes(ev.GetCustomAttributes(), "attribute on " + where);
            }
            foreach (MethodDefinitionHandle m in t.GetMethods())
            {
                Method(m);
            }
        }

        private void Method(MethodDefinitionHandle handle)
        {
            MethodDefinition method = _md.GetMethodDefinition(handle);
            string where = "method " + _md.GetString(_md.GetTypeDefinition(method.GetDeclaringType()).Name) + "." + _md.GetString(method.Name);
            MethodSignature<ImmutableArray<TypeDefinitionHandle>> sig = method.DecodeSignature(_types, null);
            Add(sig.ReturnType, where + " signature");
            foreach (var parameter in sig.ParameterTypes)
            {
                Add(parameter, where + " signature");
            }
            Attributes(method.GetCustomAttributes(), "attribute on " + where);
            foreach (ParameterHandle p in method.GetParameters())
            {
                Attributes(_md.GetParameter(p).GetCustomAttributes(), "attribute on a parameter of " + where);
            }
            GenericParameters(method.GetGenericParameters(), where);
            if (method.RelativeVirtualAddress == 0)
            {
                return;
            }
            MethodBodyBlock body = _pe.GetMethodBody(method.RelativeVirtualAddress);
            string inBody = where + " body";
            if (!body.LocalSignature.IsNil)
            {
                foreach (var local in _md.GetStandaloneSignature(body.LocalSignature).DecodeLocalSignature(_types, null))
                {
                    Add(local, inBody + " (local)");
                }
            }
            foreach (ExceptionRegion region in body.ExceptionRegions)
            {
                if (!region.CatchType.IsNil)
                {
                    Add(Resolve(region.CatchType), inBody + " (catch)");
                }
            }
            Il(body.GetILReader(), inBody);
        }

        private void Il(BlobReader il, string where)
        {
            while (il.RemainingBytes > 0)
            {
                short code = il.ReadByte();
                if (code == 0xFE)
                {
                    code = (short)(0xFE00 | il.ReadByte());
                }
                OperandType operand = OperandTypes[code];
                switch (operand)
                {
                    case OperandType.InlineNone:
                        break;
                    case OperandType.ShortInlineBrTarget:
                    case OperandType.ShortInlineI:
                    case OperandType.ShortInlineVar:
                        il.Offset += 1;
                        break;
                    case OperandType.InlineVar:
                        il.Offset += 2;
                        break;
                    case OperandType.InlineI8:
                    case OperandType.InlineR:
                        il.Offset += 8;
                        break;
                    case OperandType.InlineSwitch:
                        int targets = il.ReadInt32();
                        il.Offset += 4 * targets;
                        break;
                    case OperandType.InlineField:
                    case OperandType.InlineMethod:
                    case OperandType.InlineTok:
                    case OperandType.InlineType:
                    case OperandType.InlineSig:
                        Add(Token(MetadataTokens.EntityHandle(il.ReadInt32())), where);
                        break;
                    default: // InlineI, InlineBrTarget, InlineString, ShortInlineR
                        il.Offset += 4;
                        break;
                }
            }
        }

        private ImmutableArray<TypeDefinitionHandle> Token(EntityHandle token)
        {
            switch (token.Kind)
            {
                case HandleKind.FieldDefinition:
                    return [_md.GetFieldDefinition((FieldDefinitionHandle)token).GetDeclaringType()];
                case HandleKind.MethodDefinition:
                    return [_md.GetMethodDefinition((MethodDefinitionHandle)token).GetDeclaringType()];
                case HandleKind.MemberReference:
                    {
                        MemberReference member = _md.GetMemberReference((MemberReferenceHandle)token);
                        return member.Parent.Kind == HandleKind.MethodDefinition
                            ? [_md.GetMethodDefinition((MethodDefinitionHandle)member.Parent).GetDeclaringType()]
                            : Resolve(member.Parent);
                    }
                case HandleKind.MethodSpecification:
                    {
                        MethodSpecification spec = _md.GetMethodSpecification((MethodSpecificationHandle)token);
                        var all = Token(spec.Method).ToBuilder();
                        foreach (var argument in spec.DecodeSignature(_types, null))
                        {
                            all.AddRange(argument);
                        }
                        return all.ToImmutable();
                    }
                case HandleKind.StandaloneSignature:
                    {
                        var sig = _md.GetStandaloneSignature((StandaloneSignatureHandle)token).DecodeMethodSignature(_types, null);
                        return _types.GetFunctionPointerType(sig);
                    }
                default:
                    return Resolve(token);
            }
        }

        private ImmutableArray<TypeDefinitionHandle> Resolve(EntityHandle handle) => handle.IsNil ? [] : handle.Kind switch
        {
            HandleKind.TypeDefinition => [(TypeDefinitionHandle)handle],
            HandleKind.TypeReference => [],
            HandleKind.TypeSpecification => _md.GetTypeSpecification((TypeSpecificationHandle)handle).DecodeSignature(_types, null),
            _ => [],
        };

        private void GenericParameters(GenericParameterHandleCollection parameters, string owner)
        {
            foreach (GenericParameterHandle g in parameters)
            {
                GenericParameter parameter = _md.GetGenericParameter(g);
                Attributes(parameter.GetCustomAttributes(), "attribute on a generic parameter of " + owner);
                foreach (GenericParameterConstraintHandle c in parameter.GetConstraints())
                {
                    Add(Resolve(_md.GetGenericParameterConstraint(c).Type), "generic constraint of " + owner);
                }
            }
        }

        private void Attributes(CustomAttributeHandleCollection attributes, string where)
        {
            foreach (CustomAttributeHandle a in attributes)
            {
                CustomAttribute attribute = _md.GetCustomAttribute(a);
                ImmutableArray<TypeDefinitionHandle> attributeType = Token(attribute.Constructor);
                string attributeName = AttributeName(attribute.Constructor);
                Add(attributeType, where, attributeName);
                // typeof(X) arguments are stored as serialized names ("Namespace.Outer+Inner[, Assembly…]").
                byte[] blob = _md.GetBlobBytes(attribute.Value);
                if (blob.Length <= _shortestName)
                {
                    continue;
                }
                foreach ((string name, TypeDefinitionHandle type) in _topLevelByName)
                {
                    if (NamesType(blob, Encoding.UTF8.GetBytes(name)))
                    {
                        Add([type], where + " (typeof argument)", attributeName);
                    }
                }
            }
        }

        /// <summary>
        /// True when <paramref name="blob"/> holds a SerString (ECMA-335 II.23.3: compressed length, then UTF-8) that is
        /// <paramref name="name"/> or starts with <paramref name="name"/> followed by a comma (an assembly-qualified name).
        /// </summary>
        private static bool NamesType(byte[] blob, byte[] name)
        {
            for (int at = blob.AsSpan().IndexOf(name); at >= 0;)
            {
                int end = at + name.Length;
                bool qualified = end < blob.Length && blob[end] == (byte)',';
                // The length prefix is one byte below 0x80, or two bytes 10xxxxxx xxxxxxxx (names stay below 16 KiB).
                int oneByte = at >= 1 && blob[at - 1] < 0x80 ? blob[at - 1] : -1;
                int twoBytes = at >= 2 && (blob[at - 2] & 0xC0) == 0x80 ? ((blob[at - 2] & 0x3F) << 8) | blob[at - 1] : -1;
                foreach (int length in (ReadOnlySpan<int>)[oneByte, twoBytes])
                {
                    if (length == name.Length || (qualified && length > name.Length && at + length <= blob.Length))
                    {
                        return true;
                    }
                }
                int next = blob.AsSpan(at + 1).IndexOf(name);
                at = next < 0 ? -1 : at + 1 + next;
            }
            return false;
        }

        private string AttributeName(EntityHandle constructor)
        {
            EntityHandle type = constructor.Kind == HandleKind.MethodDefinition
                ? _md.GetMethodDefinition((MethodDefinitionHandle)constructor).GetDeclaringType()
                : _md.GetMemberReference((MemberReferenceHandle)constructor).Parent;
            if (type.Kind == HandleKind.TypeDefinition)
            {
                return FullName(_md, (TypeDefinitionHandle)type);
            }
            if (type.Kind == HandleKind.TypeReference)
            {
                TypeReference reference = _md.GetTypeReference((TypeReferenceHandle)type);
                return _md.GetString(reference.Namespace) + "." + _md.GetString(reference.Name);
            }
            return "?";
        }

        private void Add(ImmutableArray<TypeDefinitionHandle> targets, string where, string? viaAttribute = null)
        {
            foreach (TypeDefinitionHandle target in targets)
            {
                string to = FullName(_md, TopLevel(target));
                if (to != _from)
                {
                    Found.Add(new TypeUse(_from, to, where, viaAttribute));
                }
            }
        }

        private TypeDefinitionHandle TopLevel(TypeDefinitionHandle handle)
        {
            while (true)
            {
                TypeDefinitionHandle outer = _md.GetTypeDefinition(handle).GetDeclaringType();
                if (outer.IsNil)
                {
                    return handle;
                }
                handle = outer;
            }
        }
    }

    /// <summary>Decodes a signature into the same-assembly type definitions it names (generic arguments included).</summary>
    private sealed class Types(MetadataReader md) : ISignatureTypeProvider<ImmutableArray<TypeDefinitionHandle>, object?>
    {
        public ImmutableArray<TypeDefinitionHandle> GetArrayType(ImmutableArray<TypeDefinitionHandle> elementType, ArrayShape shape) => elementType;

        public ImmutableArray<TypeDefinitionHandle> GetByReferenceType(ImmutableArray<TypeDefinitionHandle> elementType) => elementType;

        public ImmutableArray<TypeDefinitionHandle> GetFunctionPointerType(MethodSignature<ImmutableArray<TypeDefinitionHandle>> signature)
        {
            var all = signature.ReturnType.ToBuilder();
            foreach (var p in signature.ParameterTypes)
            {
                all.AddRange(p);
            }
            return all.ToImmutable();
        }

        public ImmutableArray<TypeDefinitionHandle> GetGenericInstantiation(ImmutableArray<TypeDefinitionHandle> genericType, ImmutableArray<ImmutableArray<TypeDefinitionHandle>> typeArguments)
        {
            var all = genericType.ToBuilder();
            foreach (var a in typeArguments)
            {
                all.AddRange(a);
            }
            return all.ToImmutable();
        }

        public ImmutableArray<TypeDefinitionHandle> GetGenericMethodParameter(object? genericContext, int index) => [];

        public ImmutableArray<TypeDefinitionHandle> GetGenericTypeParameter(object? genericContext, int index) => [];

        public ImmutableArray<TypeDefinitionHandle> GetModifiedType(ImmutableArray<TypeDefinitionHandle> modifier, ImmutableArray<TypeDefinitionHandle> unmodifiedType, bool isRequired) =>
            unmodifiedType.AddRange(modifier);

        public ImmutableArray<TypeDefinitionHandle> GetPinnedType(ImmutableArray<TypeDefinitionHandle> elementType) => elementType;

        public ImmutableArray<TypeDefinitionHandle> GetPointerType(ImmutableArray<TypeDefinitionHandle> elementType) => elementType;

        public ImmutableArray<TypeDefinitionHandle> GetPrimitiveType(PrimitiveTypeCode typeCode) => [];

        public ImmutableArray<TypeDefinitionHandle> GetSZArrayType(ImmutableArray<TypeDefinitionHandle> elementType) => elementType;

        public ImmutableArray<TypeDefinitionHandle> GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => [handle];

        public ImmutableArray<TypeDefinitionHandle> GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => [];

        public ImmutableArray<TypeDefinitionHandle> GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind) =>
            md.GetTypeSpecification(handle).DecodeSignature(this, genericContext);
    }
}
