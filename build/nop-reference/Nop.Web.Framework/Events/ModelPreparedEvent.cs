namespace Nop.Web.Framework.Events;

// Plain data: the constructor only stores the model, as upstream's does.
public partial class ModelPreparedEvent<T>
{
    public ModelPreparedEvent(T model)
    {
        Model = model;
    }

    public T Model { get; protected set; }
}
